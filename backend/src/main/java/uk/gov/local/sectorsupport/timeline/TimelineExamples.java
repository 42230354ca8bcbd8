package uk.gov.local.sectorsupport.timeline;

/** Example bodies for the OpenAPI document. */
final class TimelineExamples {

    static final String TIMELINE = """
            {
              "council": { "gssCode": "E06000017", "name": "Rutland", "startDate": "1997-04-01" },
              "entries": [
                { "kind": "event", "kindLabel": "Event", "id": 311, "date": "2025-01-22",
                  "financialYear": "2024-25", "title": "Leadership Essentials: finance",
                  "programme": { "id": "leadership-essentials", "name": "Leadership Essentials",
                                 "theme": "governance-and-leadership", "themeLabel": "Governance and leadership" },
                  "summary": "3 attended (2 councillors, 1 officer); 1 booked but did not attend",
                  "organisation": { "id": "lga", "name": "LGA" },
                  "event": { "type": "masterclass", "typeLabel": "Masterclass", "format": "in-person",
                             "formatLabel": "In person", "attended": 3, "bookedOnly": 1,
                             "byRole": [ { "role": "councillor", "roleLabel": "Councillor", "attended": 2, "bookedOnly": 1 },
                                         { "role": "officer", "roleLabel": "Officer", "attended": 1, "bookedOnly": 0 } ] } },
                { "kind": "support-engagement", "kindLabel": "Support engagement", "id": 17, "date": "2024-06-03",
                  "endDate": "2025-01-31", "financialYear": "2024-25", "title": "Targeted finance support",
                  "programme": { "id": "targeted-finance-support", "name": "Targeted finance support",
                                 "theme": "finance", "themeLabel": "Finance" },
                  "summary": "6.5 days delivered", "organisation": { "id": "lga", "name": "LGA" },
                  "supportEngagement": { "type": "targeted-finance-support", "typeLabel": "Targeted finance support",
                                         "daysDelivered": 6.5 } },
                { "kind": "cohort", "kindLabel": "Cohort", "id": 8, "date": "2023-09-04", "endDate": "2025-08-29",
                  "financialYear": "2023-24", "title": "NGDP cohort 25",
                  "programme": { "id": "ngdp", "name": "National Graduate Development Programme (Impact)",
                                 "theme": "workforce", "themeLabel": "Workforce" },
                  "summary": "2 participants: 1 still enrolled, 1 completed", "organisation": { "id": "lga", "name": "LGA" },
                  "cohort": { "participants": 2, "enrolled": 1, "completed": 1, "withdrawn": 0 } },
                { "kind": "peer-challenge", "kindLabel": "Peer challenge", "id": 42, "date": "2023-03-07",
                  "endDate": "2023-03-10", "financialYear": "2022-23", "title": "Corporate Peer Challenge",
                  "programme": { "id": "corporate-peer-challenge", "name": "Corporate Peer Challenge",
                                 "theme": "peer-challenge", "themeLabel": "Peer challenge" },
                  "summary": "Action plan published; a team of 5 peers, 22.5 peer days",
                  "organisation": { "id": "lga", "name": "LGA" },
                  "peerChallenge": { "type": "cpc", "typeLabel": "Corporate Peer Challenge",
                                     "status": "action-plan-published", "statusLabel": "Action plan published",
                                     "teamSize": 5, "peerDays": 22.5 } }
              ]
            }""";

    static final String WITH_PREDECESSOR = """
            {
              "council": { "gssCode": "E06000063", "name": "Cumberland", "startDate": "2023-04-01" },
              "entries": [
                { "kind": "support-engagement", "kindLabel": "Support engagement", "id": 212, "date": "2024-05-13",
                  "financialYear": "2024-25", "title": "Top team development",
                  "programme": { "id": "top-team-development", "name": "Top team development",
                                 "theme": "governance-and-leadership", "themeLabel": "Governance and leadership" },
                  "summary": "4 days delivered; continuing", "organisation": { "id": "lga", "name": "LGA" },
                  "supportEngagement": { "type": "top-team-development", "typeLabel": "Top team development",
                                         "daysDelivered": 4 } },
                { "kind": "peer-challenge", "kindLabel": "Peer challenge", "id": 57, "date": "2021-11-09",
                  "endDate": "2021-11-12", "financialYear": "2021-22", "title": "Corporate Peer Challenge",
                  "programme": { "id": "corporate-peer-challenge", "name": "Corporate Peer Challenge",
                                 "theme": "peer-challenge", "themeLabel": "Peer challenge" },
                  "summary": "Action plan published; a team of 4 peers, 16 peer days",
                  "organisation": { "id": "lga", "name": "LGA" },
                  "predecessor": { "gssCode": "E07000026", "name": "Allerdale", "endDate": "2023-03-31" },
                  "peerChallenge": { "type": "cpc", "typeLabel": "Corporate Peer Challenge",
                                     "status": "action-plan-published", "statusLabel": "Action plan published",
                                     "teamSize": 4, "peerDays": 16 } }
              ]
            }""";

    private TimelineExamples() {
    }
}
