package uk.gov.local.sectorsupport.engagement;

/** Example bodies for the OpenAPI document. */
final class SupportEngagementExamples {

    static final String VIEW = """
            {
              "id": 17,
              "programme": { "id": "targeted-finance-support", "name": "Targeted finance support",
                             "theme": "finance", "themeLabel": "Finance" },
              "council": { "gssCode": "E06000017", "name": "Rutland", "startDate": "1997-04-01" },
              "region": "east-midlands",
              "type": "targeted-finance-support", "typeLabel": "Targeted finance support",
              "startDate": "2024-06-03", "endDate": "2025-01-31", "financialYear": "2024-25",
              "daysDelivered": 6.5, "leadAdviser": "Sam Patel", "notes": "Medium-term financial plan review",
              "organisation": { "id": "lga", "name": "LGA" }, "externalId": "TFS-2024-017",
              "version": 0, "updatedAt": "2025-02-03T10:15:30Z"
            }""";

    static final String PAGE = "{\"items\": [" + VIEW + "], \"page\": 1, \"size\": 25, \"totalItems\": 1, \"totalPages\": 1}";

    static final String CREATE = """
            {
              "council": "E06000017", "programme": "targeted-finance-support", "type": "targeted-finance-support",
              "startDate": "2024-06-03", "endDate": "2025-01-31", "daysDelivered": 6.5,
              "leadAdviser": "Sam Patel", "notes": "Medium-term financial plan review", "externalId": "TFS-2024-017"
            }""";

    static final String UPDATE = """
            {
              "council": "E06000017", "programme": "targeted-finance-support", "type": "targeted-finance-support",
              "startDate": "2024-06-03", "endDate": "2025-03-14", "daysDelivered": 8,
              "leadAdviser": "Sam Patel", "notes": "Medium-term financial plan review"
            }""";

    static final String HISTORY = """
            [
              { "occurredAt": "2024-06-03T09:12:00Z", "actor": "staff", "action": "created", "version": 0,
                "changes": [ { "field": "council", "to": "E06000017" }, { "field": "daysDelivered", "to": "6.5" },
                             { "field": "organisation", "to": "lga" }, { "field": "programme", "to": "targeted-finance-support" },
                             { "field": "startDate", "to": "2024-06-03" }, { "field": "type", "to": "targeted-finance-support" } ] },
              { "occurredAt": "2025-03-14T16:40:00Z", "actor": "admin", "action": "updated", "version": 1,
                "changes": [ { "field": "daysDelivered", "from": "6.5", "to": "8" },
                             { "field": "endDate", "from": "2025-01-31", "to": "2025-03-14" } ] }
            ]""";

    private SupportEngagementExamples() {
    }
}
