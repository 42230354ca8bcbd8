package uk.gov.local.sectorsupport.importing;

/** Examples for the OpenAPI document: what partners see and send. */
final class ImportExamples {

    static final String ATTENDANCES_JSON = """
            [{"externalId": "BK-20419", "eventExternalId": "SB-2025-06", "council": "E06000047",
              "attendeeRole": "officer", "attended": true,
              "attendeeKey": "5f2c0c8e3b1a4d7e9f6a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70"}]""";

    static final String EVENTS_NDJSON = """
            {"externalId": "SB-2025-06", "programme": "springboard", "title": "Springboard: leading change", \
            "type": "training-course", "format": "in-person", "startDate": "2025-06-12", "region": "north-east", \
            "venue": "Durham Town Hall", "capacity": 24}
            {"externalId": "SB-2025-07", "programme": "springboard", "title": "Springboard online", \
            "type": "webinar", "format": "online", "startDate": "2025-07-03"}
            """;

    static final String ENROLMENTS_CSV = """
            externalId,cohortExternalId,participantKey,council,participantRole,status
            SB25-001,SB-2025,5f2c0c8e3b1a4d7e9f6a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70,E06000047,officer,enrolled
            """;

    static final String SUMMARY = """
            {"id": 4127, "dataset": "attendances", "organisation": "solace", "clientId": "solace-partner",
             "status": "completed", "dryRun": false, "mode": "partial", "received": 3, "processed": 3,
             "created": 1, "updated": 1, "unchanged": 0, "rejected": 1, "withdrawn": 0,
             "controlCount": 3, "controlTotal": "rows-rejected",
             "errors": [{"row": 3, "externalId": "BK-20421", "field": "council",
                         "message": "there is no council with GSS code E06999999"}],
             "withdrawals": [], "startedAt": "2025-07-04T09:12:03Z", "completedAt": "2025-07-04T09:12:03Z",
             "receipt": {"importId": 4127, "dataset": "attendances", "organisation": "solace",
                         "clientId": "solace-partner",
                         "bodySha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                         "bodyBytes": 612, "received": 3, "created": 1, "updated": 1, "unchanged": 0, "rejected": 1,
                         "withdrawn": 0, "dryRun": false, "completedAt": "2025-07-04T09:12:03Z",
                         "signature": "3q2-7wK2bG0mJ2p4c9kq1WcUq4mM0a7Qm1c9bJvXb2o"}}""";

    static final String RUNNING = """
            {"id": 4128, "dataset": "attendances", "organisation": "solace", "clientId": "solace-partner",
             "status": "running", "dryRun": false, "mode": "all-or-nothing", "received": 60000, "processed": 15000,
             "created": 0, "updated": 0, "unchanged": 0, "rejected": 0, "withdrawn": 0, "errors": [],
             "withdrawals": [], "startedAt": "2025-07-04T09:13:00Z"}""";

    static final String PAGE = """
            {"items": [{"id": 4127, "dataset": "attendances", "organisation": "solace", "clientId": "solace-partner",
             "status": "completed", "dryRun": false, "mode": "partial", "received": 3, "processed": 3,
             "created": 1, "updated": 1, "unchanged": 0, "rejected": 1, "withdrawn": 0, "errors": [],
             "withdrawals": [], "startedAt": "2025-07-04T09:12:03Z", "completedAt": "2025-07-04T09:12:03Z"}],
             "page": 1, "size": 25, "totalItems": 1, "totalPages": 1}""";

    static final String ERRORS_CSV = """
            row,externalId,field,message
            3,BK-20421,council,there is no council with GSS code E06999999
            """;

    private ImportExamples() {
    }
}
