package uk.gov.local.sectorsupport.event;

/** Example bodies for the OpenAPI document. */
final class EventExamples {

    static final String VIEW = """
            {
              "id": 311,
              "programme": { "id": "leadership-essentials", "name": "Leadership Essentials",
                             "theme": "governance-and-leadership", "themeLabel": "Governance and leadership" },
              "title": "Leadership Essentials: finance for portfolio holders", "type": "masterclass",
              "typeLabel": "Masterclass", "format": "in-person", "formatLabel": "In person",
              "startDate": "2024-11-14", "endDate": "2024-11-15", "financialYear": "2024-25", "region": "west-midlands",
              "venue": "Warwick Conferences, Scarman House", "capacity": 30,
              "organisation": { "id": "lga", "name": "LGA" }, "externalId": "LE-FIN-2024-11",
              "booked": 32, "attended": 27, "councilsRepresented": 19,
              "attendedByRole": [
                { "role": "councillor", "roleLabel": "Councillor", "attended": 21 },
                { "role": "officer", "roleLabel": "Officer", "attended": 5 },
                { "role": "chief-executive", "roleLabel": "Chief executive", "attended": 1 },
                { "role": "other", "roleLabel": "Other", "attended": 0 } ],
              "overbooked": true, "version": 0, "updatedAt": "2024-11-20T09:30:00Z"
            }""";

    static final String PAGE = "{\"items\": [" + VIEW + "], \"page\": 1, \"size\": 25, \"totalItems\": 1, \"totalPages\": 1}";

    static final String CREATE = """
            {
              "programme": "leadership-essentials", "title": "Leadership Essentials: finance for portfolio holders",
              "type": "masterclass", "format": "in-person", "startDate": "2024-11-14", "endDate": "2024-11-15",
              "region": "west-midlands", "venue": "Warwick Conferences, Scarman House", "capacity": 30,
              "externalId": "LE-FIN-2024-11"
            }""";

    static final String WEBINAR = """
            {
              "programme": "springboard", "title": "Springboard webinar: leading through change",
              "type": "webinar", "format": "online", "startDate": "2025-01-22", "organisation": "solace"
            }""";

    static final String HISTORY = """
            [
              { "occurredAt": "2024-09-03T10:15:30Z", "actor": "staff", "action": "created", "version": 0,
                "changes": [ { "field": "programme", "to": "leadership-essentials" },
                             { "field": "title", "to": "Leadership Essentials: finance for portfolio holders" } ] },
              { "occurredAt": "2024-10-01T09:00:00Z", "actor": "admin", "action": "updated", "version": 1,
                "changes": [ { "field": "capacity", "from": "24", "to": "30" } ] }
            ]""";

    static final String ATTENDANCE = """
            {
              "id": 5120, "eventId": 311,
              "council": { "gssCode": "E06000047", "name": "County Durham", "startDate": "2009-04-01" },
              "attendeeRole": "councillor", "attendeeRoleLabel": "Councillor", "attendeeKey": "att-7q2mxk4bz9ra",
              "attended": true, "organisation": { "id": "lga", "name": "LGA" }, "version": 0,
              "updatedAt": "2024-11-20T09:30:00Z"
            }""";

    static final String ATTENDANCE_PAGE = "{\"items\": [" + ATTENDANCE
            + "], \"page\": 1, \"size\": 25, \"totalItems\": 1, \"totalPages\": 1}";

    static final String ATTENDANCE_CREATE = """
            { "council": "E06000047", "attendeeRole": "councillor", "attended": true }""";

    static final String ATTENDANCE_WITH_KEY = """
            { "council": "E08000021", "attendeeRole": "officer", "attendeeKey": "solace-sb-20419", "attended": false,
              "externalId": "BK-20419" }""";

    static final String ATTENDANCE_UPDATE = """
            { "council": "E06000047", "attendeeRole": "councillor", "attended": false }""";

    static final String ATTENDANCE_HISTORY = """
            [
              { "occurredAt": "2024-11-14T08:40:00Z", "actor": "staff", "action": "created", "version": 0,
                "changes": [ { "field": "attendeeKey", "to": "att-7q2mxk4bz9ra" }, { "field": "attended", "to": "false" },
                             { "field": "attendeeRole", "to": "councillor" }, { "field": "event", "to": "311" } ] },
              { "occurredAt": "2024-11-14T17:05:00Z", "actor": "staff", "action": "updated", "version": 1,
                "changes": [ { "field": "attended", "from": "false", "to": "true" } ] }
            ]""";

    private EventExamples() {
    }
}
