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

    private ProgrammeExamples() {
    }
}
