package uk.gov.local.sectorsupport.peer;

/** Example bodies for the OpenAPI document. */
final class PeerExamples {

    static final String VIEW = """
            {
              "id": 17, "kind": "member", "kindLabel": "Member peer", "name": "Cllr Alex Morgan",
              "email": "alex.morgan@example.org", "phone": "01632 960123", "jobTitle": "Leader of the Council",
              "politicalGroup": "labour",
              "homeCouncil": { "gssCode": "E06000047", "name": "County Durham", "startDate": "2009-04-01" },
              "accreditationDate": "2021-06-15", "accredited": true, "active": true, "version": 0
            }""";

    static final String PAGE = "{\"items\": [" + VIEW + "], \"page\": 1, \"size\": 25, \"totalItems\": 1, \"totalPages\": 1}";

    static final String CREATE = """
            {
              "kind": "member", "name": "Cllr Alex Morgan", "email": "alex.morgan@example.org",
              "phone": "01632 960123", "jobTitle": "Leader of the Council", "politicalGroup": "labour",
              "homeCouncil": "E06000047", "accreditationDate": "2021-06-15", "sex": "prefer-not-to-say"
            }""";

    static final String UPDATE = """
            {
              "kind": "member", "name": "Cllr Alex Morgan", "email": "alex.morgan@example.org",
              "phone": "01632 960123", "jobTitle": "Leader of the Council", "politicalGroup": "labour",
              "homeCouncil": "E06000047", "accreditationDate": "2021-06-15", "active": false
            }""";

    static final String HISTORY = """
            [
              { "occurredAt": "2025-02-03T10:15:30Z", "actor": "staff", "action": "created", "version": 0,
                "changes": [ { "field": "kind", "to": "member" }, { "field": "name", "to": "Cllr Alex Morgan" },
                             { "field": "sex", "to": "withheld" } ] },
              { "occurredAt": "2025-03-01T09:00:00Z", "actor": "admin", "action": "updated", "version": 1,
                "changes": [ { "field": "active", "from": "true", "to": "false" } ] }
            ]""";

    private PeerExamples() {
    }
}
