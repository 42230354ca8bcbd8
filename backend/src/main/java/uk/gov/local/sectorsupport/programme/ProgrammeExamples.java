package uk.gov.local.sectorsupport.programme;

/** Example bodies for the OpenAPI document. */
final class ProgrammeExamples {

    static final String VIEW = """
            {
              "id": "leadership-essentials", "name": "Leadership Essentials",
              "theme": "governance-and-leadership", "themeLabel": "Governance and leadership",
              "funder": "mhclg-grant", "funderLabel": "MHCLG grant",
              "deliveringOrganisation": { "id": "lga", "name": "LGA" },
              "audience": "councillors", "audienceLabel": "Councillors",
              "description": "Short themed programmes for councillors with a particular portfolio.",
              "activeFrom": "2012-13", "active": true, "version": 0, "updatedAt": "2026-11-22T10:15:30Z"
            }""";

    static final String PAGE = "{\"items\": [" + VIEW + "], \"page\": 1, \"size\": 25, \"totalItems\": 1, \"totalPages\": 1}";

    static final String CREATE = """
            {
              "id": "leadership-essentials", "name": "Leadership Essentials",
              "theme": "governance-and-leadership", "funder": "mhclg-grant", "deliveringOrganisation": "lga",
              "audience": "councillors",
              "description": "Short themed programmes for councillors with a particular portfolio.",
              "activeFrom": "2012-13"
            }""";

    static final String UPDATE = """
            {
              "name": "Leadership Essentials", "theme": "governance-and-leadership", "funder": "mhclg-grant",
              "deliveringOrganisation": "lga", "audience": "councillors",
              "description": "Short themed programmes for councillors with a particular portfolio.",
              "activeFrom": "2012-13", "activeTo": "2025-26"
            }""";

    static final String HISTORY = """
            [
              { "occurredAt": "2025-02-03T10:15:30Z", "actor": "staff", "action": "created", "version": 0,
                "changes": [ { "field": "id", "to": "leadership-essentials" },
                             { "field": "name", "to": "Leadership Essentials" },
                             { "field": "activeFrom", "to": "2012-13" } ] },
              { "occurredAt": "2026-03-01T09:00:00Z", "actor": "admin", "action": "updated", "version": 1,
                "changes": [ { "field": "activeTo", "to": "2025-26" } ] }
            ]""";

    private ProgrammeExamples() {
    }
}
