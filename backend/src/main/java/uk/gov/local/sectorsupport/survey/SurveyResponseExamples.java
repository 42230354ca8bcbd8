package uk.gov.local.sectorsupport.survey;

/** Example bodies for the OpenAPI document. */
final class SurveyResponseExamples {

    static final String VIEW = """
            {
              "id": 314,
              "subject": { "type": "event", "typeLabel": "Event", "id": 123, "title": "Springboard spring masterclass" },
              "programme": { "id": "springboard", "name": "Springboard", "theme": "workforce", "themeLabel": "Workforce" },
              "respondentRole": "officer", "respondentRoleLabel": "Officer",
              "council": { "gssCode": "E06000047", "name": "County Durham", "startDate": "2009-04-01" },
              "region": "north-east",
              "satisfaction": 5, "positiveImpact": "yes", "increasedConfidence": "yes", "wouldRecommend": "not-answered",
              "comment": "Practical and well paced.", "submittedDate": "2025-03-14", "financialYear": "2024-25",
              "organisation": { "id": "solace", "name": "Solace" }, "externalId": "SB-2025-0042",
              "version": 0, "updatedAt": "2025-03-14T10:15:30Z"
            }""";

    static final String PAGE = "{\"items\": [" + VIEW + "], \"page\": 1, \"size\": 25, \"totalItems\": 1, \"totalPages\": 1}";

    static final String CREATE = """
            {
              "subject": { "type": "event", "id": 123 },
              "respondentRole": "officer", "council": "E06000047",
              "satisfaction": 5, "positiveImpact": "yes", "increasedConfidence": "yes",
              "comment": "Practical and well paced.", "submittedDate": "2025-03-14", "externalId": "SB-2025-0042"
            }""";

    static final String PEER_CHALLENGE_CREATE = """
            {
              "subject": { "type": "peer-challenge", "id": 42 },
              "respondentRole": "chief-executive", "council": "E07000087",
              "satisfaction": 4, "positiveImpact": "yes", "wouldRecommend": "yes", "submittedDate": "2025-04-02"
            }""";

    static final String UPDATE = """
            {
              "subject": { "type": "event", "id": 123 },
              "respondentRole": "officer", "council": "E06000047",
              "satisfaction": 4, "positiveImpact": "yes", "increasedConfidence": "no", "wouldRecommend": "yes",
              "comment": "Practical and well paced.", "submittedDate": "2025-03-14"
            }""";

    static final String SUMMARY = """
            {
              "responses": 125, "satisfactionAnswered": 120, "satisfied": 115, "satisfiedPerCent": 95.8,
              "meanSatisfaction": 4.62,
              "positiveImpact": { "yes": 98, "no": 12, "notAnswered": 15, "yesPerCent": 89.1 },
              "increasedConfidence": { "yes": 87, "no": 20, "notAnswered": 18, "yesPerCent": 81.3 },
              "wouldRecommend": { "yes": 110, "no": 5, "notAnswered": 10, "yesPerCent": 95.7 }
            }""";

    static final String HISTORY = """
            [
              { "occurredAt": "2025-03-14T10:15:30Z", "actor": "staff", "action": "created", "version": 0,
                "changes": [ { "field": "subject", "to": "event:123" }, { "field": "satisfaction", "to": "5" } ] },
              { "occurredAt": "2025-03-20T09:00:00Z", "actor": "admin", "action": "updated", "version": 1,
                "changes": [ { "field": "satisfaction", "from": "5", "to": "4" } ] }
            ]""";

    private SurveyResponseExamples() {
    }
}
