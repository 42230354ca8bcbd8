package uk.gov.local.sectorsupport.partner;

/** Example bodies for the OpenAPI document. */
final class PartnerClientExamples {

    static final String VIEW = """
            {
              "clientId": "cfgs-partner", "organisation": { "id": "cfgs", "name": "CfGS" }, "enabled": true,
              "createdAt": "2026-12-03T10:15:30Z", "secretIssuedAt": "2026-12-03T10:15:30Z"
            }""";

    static final String DISABLED = """
            {
              "clientId": "cfgs-partner", "organisation": { "id": "cfgs", "name": "CfGS" }, "enabled": false,
              "createdAt": "2026-12-03T10:15:30Z", "secretIssuedAt": "2026-12-03T10:15:30Z"
            }""";

    static final String PAGE = """
            {"items": [
              { "clientId": "adass-partner", "organisation": { "id": "adass", "name": "ADASS" }, "enabled": true },
              """ + VIEW + """
            ], "page": 1, "size": 25, "totalItems": 2, "totalPages": 1}""";

    static final String CREATE = """
            { "organisation": "cfgs" }""";

    static final String CREDENTIALS = """
            {
              "clientId": "cfgs-partner", "organisation": { "id": "cfgs", "name": "CfGS" },
              "secret": "q3Vb1m9Jx0kTn2cYp5sWd8rLh4eZa7Uf",
              "tokenUrl": "http://localhost:8180/realms/sector-support/protocol/openid-connect/token"
            }""";

    static final String DISABLE = """
            { "enabled": false }""";

    static final String UNKNOWN_ORGANISATION = """
            {"type": "about:blank", "title": "Bad Request", "status": 400,
             "detail": "The request has invalid fields.", "instance": "/api/v1/partner-clients",
             "errors": [{"field": "organisation",
                         "message": "is not a known organisation; use the id of one listed at /api/v1/organisations"}]}""";

    static final String ALREADY_ONBOARDED = """
            {"type": "about:blank", "title": "Conflict", "status": 409,
             "detail": "Solace already has a partner client (solace-partner). Rotate its secret, or enable it, instead.",
             "instance": "/api/v1/partner-clients",
             "errors": [{"field": "organisation", "message": "already has a partner client"}]}""";

    static final String KEYCLOAK_FAILED = """
            {"type": "about:blank", "title": "Bad Gateway", "status": 502,
             "detail": "The identity provider did not accept the change; nothing was onboarded or changed. Try again later.",
             "instance": "/api/v1/partner-clients"}""";

    static final String HISTORY = """
            [
              { "occurredAt": "2026-12-03T10:15:30Z", "actor": "admin", "action": "created",
                "changes": [ { "field": "clientId", "to": "cfgs-partner" }, { "field": "enabled", "to": "true" },
                             { "field": "organisation", "to": "cfgs" },
                             { "field": "secretIssuedAt", "to": "2026-12-03T10:15:30Z" } ] },
              { "occurredAt": "2027-03-01T09:00:00Z", "actor": "admin", "action": "secret-rotated",
                "changes": [ { "field": "secretIssuedAt", "from": "2026-12-03T10:15:30Z", "to": "2027-03-01T09:00:00Z" } ] },
              { "occurredAt": "2027-06-01T09:00:00Z", "actor": "admin", "action": "disabled",
                "changes": [ { "field": "enabled", "from": "true", "to": "false" } ] }
            ]""";

    private PartnerClientExamples() {
    }
}
