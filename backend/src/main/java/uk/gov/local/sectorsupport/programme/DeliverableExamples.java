package uk.gov.local.sectorsupport.programme;

/** Example bodies for the OpenAPI document. */
final class DeliverableExamples {

    static final String VIEW = """
            {
              "id": 12,
              "programme": { "id": "corporate-peer-challenge", "name": "Corporate Peer Challenge",
                             "theme": "peer-challenge", "themeLabel": "Peer challenge" },
              "deliveringOrganisation": { "id": "lga", "name": "LGA" },
              "financialYear": "2025-26",
              "statement": "Deliver at least 110 peer challenges, of which 70 corporate or finance",
              "targetValue": 110, "targetUnit": "count", "targetUnitLabel": "Count",
              "metricKey": "peer-challenges-delivered", "version": 0, "updatedAt": "2025-04-02T10:15:30Z"
            }""";

    static final String PER_CENT_VIEW = """
            {
              "id": 13,
              "programme": { "id": "ignite", "name": "Ignite", "theme": "workforce", "themeLabel": "Workforce" },
              "deliveringOrganisation": { "id": "solace", "name": "Solace" },
              "financialYear": "2025-26",
              "statement": "90 per cent of chief executives report increased confidence",
              "targetValue": 90, "targetUnit": "per-cent", "targetUnitLabel": "Per cent",
              "metricKey": "ignite-increased-confidence", "version": 2, "updatedAt": "2025-06-30T14:00:00Z"
            }""";

    static final String PAGE = "{\"items\": [" + VIEW + ", " + PER_CENT_VIEW
            + "], \"page\": 1, \"size\": 25, \"totalItems\": 2, \"totalPages\": 1}";

    static final String CREATE = """
            {
              "programme": "corporate-peer-challenge", "financialYear": "2025-26",
              "statement": "Deliver at least 110 peer challenges, of which 70 corporate or finance",
              "targetValue": 110, "targetUnit": "count", "metricKey": "peer-challenges-delivered"
            }""";

    static final String UPDATE = """
            {
              "programme": "ignite", "financialYear": "2025-26",
              "statement": "90 per cent of chief executives report increased confidence",
              "targetValue": 90, "targetUnit": "per-cent", "metricKey": "ignite-increased-confidence"
            }""";

    static final String HISTORY = """
            [
              { "occurredAt": "2025-04-02T10:15:30Z", "actor": "staff", "action": "created", "version": 0,
                "changes": [ { "field": "financialYear", "to": "2025-26" }, { "field": "metricKey", "to": "peer-challenges-delivered" },
                             { "field": "programme", "to": "corporate-peer-challenge" },
                             { "field": "statement", "to": "Deliver at least 100 peer challenges" },
                             { "field": "targetUnit", "to": "count" }, { "field": "targetValue", "to": "100" } ] },
              { "occurredAt": "2025-05-01T09:00:00Z", "actor": "admin", "action": "updated", "version": 1,
                "changes": [ { "field": "statement", "from": "Deliver at least 100 peer challenges",
                               "to": "Deliver at least 110 peer challenges, of which 70 corporate or finance" },
                             { "field": "targetValue", "from": "100", "to": "110" } ] }
            ]""";

    private DeliverableExamples() {
    }
}
