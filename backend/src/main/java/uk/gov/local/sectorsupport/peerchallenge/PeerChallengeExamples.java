package uk.gov.local.sectorsupport.peerchallenge;

/** Example bodies for the OpenAPI document. */
final class PeerChallengeExamples {

    static final String VIEW = """
            {
              "id": 42, "type": "cpc", "typeLabel": "Corporate Peer Challenge",
              "council": { "gssCode": "E07000087", "name": "Fareham" }, "region": "south-east",
              "status": "report-published", "statusLabel": "Report published",
              "allowedTransitions": ["action-plan-published"],
              "requestedDate": "2024-09-02", "onSiteStartDate": "2025-03-10", "onSiteEndDate": "2025-03-12",
              "financialYear": "2024-25",
              "focusAreas": ["local-priorities-and-outcomes", "governance-and-culture",
                             "organisational-and-place-leadership", "financial-planning-and-management",
                             "capacity-for-improvement"],
              "peerChallengeManager": "Sam Patel", "reportPublishedDate": "2025-05-20",
              "firstCpc": false, "publicationDeadline": "2025-08-12",
              "teamSize": 5, "totalPeerDays": 22.5, "estimatedSaving": 22500, "version": 7
            }""";

    static final String PAGE = "{\"items\": [" + VIEW + "], \"page\": 1, \"size\": 25, \"totalItems\": 1, \"totalPages\": 1}";

    static final String CREATE = """
            {
              "type": "cpc", "council": "E07000087", "requestedDate": "2024-09-02",
              "onSiteStartDate": "2025-03-10", "onSiteEndDate": "2025-03-12",
              "focusAreas": ["local-priorities-and-outcomes", "governance-and-culture",
                             "organisational-and-place-leadership", "financial-planning-and-management",
                             "capacity-for-improvement"],
              "peerChallengeManager": "Sam Patel"
            }""";

    static final String PROGRESS_REVIEW = """
            {
              "type": "cpc-progress-review", "council": "E07000087", "requestedDate": "2025-06-01",
              "onSiteStartDate": "2025-12-09", "onSiteEndDate": "2025-12-09", "followsUpId": 42
            }""";

    static final String TRANSITION = """
            { "to": "report-published", "date": "2025-05-20" }""";

    static final String TEAM_MEMBER = """
            { "peerId": 17, "name": "Cllr Alex Morgan", "kind": "member", "politicalGroup": "labour",
              "homeCouncil": { "gssCode": "E06000047", "name": "County Durham" },
              "role": "lead-member-peer", "roleLabel": "Lead member peer", "days": 4.5 }""";

    static final String TEAM = "{\"peerChallengeId\": 42, \"members\": [" + TEAM_MEMBER + """
            ], "totalPeerDays": 4.5, "estimatedSaving": 4500, "version": 7}""";

    static final String TEAM_MEMBER_CREATE = """
            { "peerId": 17, "role": "lead-member-peer", "days": 4.5 }""";

    static final String TEAM_MEMBER_UPDATE = """
            { "role": "member-peer", "days": 5 }""";

    static final String HISTORY = """
            [
              { "occurredAt": "2024-09-02T09:12:00Z", "actor": "staff", "action": "created", "version": 0,
                "changes": [ { "field": "council", "to": "E07000087" }, { "field": "status", "to": "requested" },
                             { "field": "type", "to": "cpc" } ] },
              { "occurredAt": "2024-10-01T14:03:00Z", "actor": "admin", "action": "transition", "version": 1,
                "changes": [ { "field": "status", "from": "requested", "to": "scoped" } ] },
              { "occurredAt": "2024-11-15T11:45:00Z", "actor": "staff", "action": "team-member-added", "version": 2,
                "changes": [ { "field": "team.17", "to": "lead-member-peer, 4.5 days" } ] }
            ]""";

    static final String COVERAGE = """
            {
              "asOf": "2025-03-31", "windowStart": "2020-03-31", "region": "north-west",
              "councils": 39, "covered": 36, "notCovered": 3, "percentageCovered": 92.3, "percentageNotCovered": 7.7,
              "notCoveredCouncils": [
                { "council": { "gssCode": "E06000063", "name": "Cumberland", "startDate": "2023-04-01" },
                  "type": "unitary", "region": "north-west" }
              ]
            }""";

    static final String COVERAGE_BY_COUNCIL = """
            {
              "asOf": "2025-03-31", "windowStart": "2020-03-31", "region": "north-west",
              "councils": [
                { "council": { "gssCode": "E06000008", "name": "Blackburn with Darwen" },
                  "type": "unitary", "region": "north-west" },
                { "council": { "gssCode": "E06000063", "name": "Cumberland", "startDate": "2023-04-01" },
                  "type": "unitary", "region": "north-west", "lastCpcOrFpcDate": "2022-03-10", "yearsSince": 3.1,
                  "lastType": "cpc", "lastPeerChallengeId": 42,
                  "predecessor": { "gssCode": "E07000026", "name": "Allerdale", "endDate": "2023-03-31" } },
                { "council": { "gssCode": "E08000012", "name": "Liverpool" },
                  "type": "metropolitan-district", "region": "north-west", "lastCpcOrFpcDate": "2023-11-16",
                  "yearsSince": 1.4, "lastType": "fpc", "lastPeerChallengeId": 57 }
              ]
            }""";

    static final String COUNCIL_HISTORY = """
            {
              "council": { "gssCode": "E06000063", "name": "Cumberland", "startDate": "2023-04-01" },
              "peerChallenges": [],
              "predecessors": [
                { "council": { "gssCode": "E07000028", "name": "Carlisle", "endDate": "2023-03-31" },
                  "lastCpcOrFpcDate": "2019-02-07", "peerChallenges": [] }
              ]
            }""";

    static final String SUGGESTIONS = """
            {
              "peerChallengeId": 42, "financialYear": "2025-26", "neededKind": "member",
              "excludedCouncils": [ { "gssCode": "E07000087", "name": "Fareham" },
                                    { "gssCode": "E10000014", "name": "Hampshire" } ],
              "items": [
                { "peerId": 17, "name": "Cllr Alex Morgan", "kind": "member", "politicalGroup": "labour",
                  "homeCouncil": { "gssCode": "E06000047", "name": "County Durham" },
                  "accreditationDate": "2021-06-15", "accredited": true, "peerDaysThisFinancialYear": 0.0 }
              ]
            }""";

    private PeerChallengeExamples() {
    }
}
