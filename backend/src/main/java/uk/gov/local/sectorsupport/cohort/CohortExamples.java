package uk.gov.local.sectorsupport.cohort;

/** Example bodies for the OpenAPI document. */
final class CohortExamples {

    static final String VIEW = """
            {
              "id": 12,
              "programme": { "id": "ngdp", "name": "National Graduate Development Programme (Impact)",
                             "theme": "workforce", "themeLabel": "Workforce" },
              "name": "NGDP cohort 25", "financialYear": "2023-24", "startDate": "2023-09-04", "endDate": "2025-08-29",
              "organisation": { "id": "lga", "name": "LGA" }, "externalId": "NGDP-25",
              "participants": 270, "enrolled": 262, "completed": 0, "withdrawn": 8, "councils": 106,
              "version": 0, "updatedAt": "2025-02-03T10:15:30Z"
            }""";

    static final String PAGE = "{\"items\": [" + VIEW + "], \"page\": 1, \"size\": 25, \"totalItems\": 1, \"totalPages\": 1}";

    static final String CREATE = """
            {
              "programme": "ngdp", "name": "NGDP cohort 25", "financialYear": "2023-24",
              "startDate": "2023-09-04", "endDate": "2025-08-29", "externalId": "NGDP-25"
            }""";

    static final String HISTORY = """
            [
              { "occurredAt": "2025-02-03T10:15:30Z", "actor": "staff", "action": "created", "version": 0,
                "changes": [ { "field": "financialYear", "to": "2023-24" }, { "field": "name", "to": "NGDP cohort 25" },
                             { "field": "organisation", "to": "lga" }, { "field": "programme", "to": "ngdp" },
                             { "field": "startDate", "to": "2023-09-04" } ] },
              { "occurredAt": "2025-03-01T09:00:00Z", "actor": "admin", "action": "updated", "version": 1,
                "changes": [ { "field": "endDate", "to": "2025-08-29" } ] }
            ]""";

    static final String COUNCILS = """
            [
              { "council": { "gssCode": "E06000047", "name": "County Durham", "startDate": "2009-04-01" },
                "region": "north-east", "participants": 3, "enrolled": 2, "completed": 0, "withdrawn": 1 }
            ]""";

    static final String DIVERSITY = """
            {
              "cohortId": 12, "participants": 27, "threshold": 5,
              "sex": [
                { "code": "female", "label": "Female", "count": 15, "suppressed": false },
                { "code": "male", "label": "Male", "count": 9, "suppressed": false },
                { "code": "prefer-not-to-say", "label": "Prefer not to say", "suppressed": true },
                { "code": "not-recorded", "label": "Not recorded", "suppressed": true }
              ],
              "ethnicGroup": [
                { "code": "asian", "label": "Asian or Asian British", "suppressed": true },
                { "code": "black", "label": "Black, Black British, Caribbean or African", "suppressed": true },
                { "code": "mixed", "label": "Mixed or multiple ethnic groups", "suppressed": true },
                { "code": "white", "label": "White", "count": 19, "suppressed": false },
                { "code": "other", "label": "Other ethnic group", "suppressed": true },
                { "code": "prefer-not-to-say", "label": "Prefer not to say", "suppressed": true },
                { "code": "not-recorded", "label": "Not recorded", "suppressed": true }
              ],
              "disability": [
                { "code": "yes", "label": "Yes", "suppressed": true },
                { "code": "no", "label": "No", "count": 20, "suppressed": false },
                { "code": "prefer-not-to-say", "label": "Prefer not to say", "suppressed": true },
                { "code": "not-recorded", "label": "Not recorded", "count": 5, "suppressed": false }
              ]
            }""";

    static final String ENROLMENT = """
            {
              "id": 3051, "cohortId": 12, "participantKey": "par-7k2m9q4xw3ab",
              "council": { "gssCode": "E06000047", "name": "County Durham", "startDate": "2009-04-01" },
              "participantRole": "officer", "participantRoleLabel": "Officer", "status": "enrolled",
              "statusLabel": "Enrolled", "organisation": { "id": "lga", "name": "LGA" }, "externalId": "NGDP-25-0042",
              "version": 0, "updatedAt": "2025-02-03T10:15:30Z"
            }""";

    static final String ENROLMENT_PAGE = "{\"items\": [" + ENROLMENT
            + "], \"page\": 1, \"size\": 25, \"totalItems\": 1, \"totalPages\": 1}";

    static final String ENROLMENT_CREATE = """
            {
              "council": "E06000047", "participantRole": "officer", "externalId": "NGDP-25-0042",
              "sex": "female", "ethnicGroup": "prefer-not-to-say", "disability": "no"
            }""";

    static final String ENROLMENT_UPDATE = """
            {
              "participantKey": "par-7k2m9q4xw3ab", "council": "E06000047", "participantRole": "officer",
              "status": "withdrawn"
            }""";

    static final String ENROLMENT_HISTORY = """
            [
              { "occurredAt": "2025-02-03T10:15:30Z", "actor": "staff", "action": "created", "version": 0,
                "changes": [ { "field": "cohort", "to": "12" }, { "field": "council", "to": "E06000047" },
                             { "field": "disability", "to": "withheld" }, { "field": "organisation", "to": "lga" },
                             { "field": "participantKey", "to": "par-7k2m9q4xw3ab" },
                             { "field": "participantRole", "to": "officer" }, { "field": "sex", "to": "withheld" },
                             { "field": "status", "to": "enrolled" } ] },
              { "occurredAt": "2025-03-01T09:00:00Z", "actor": "staff", "action": "updated", "version": 1,
                "changes": [ { "field": "status", "from": "enrolled", "to": "withdrawn" } ] }
            ]""";

    private CohortExamples() {
    }
}
