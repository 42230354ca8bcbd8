package uk.gov.local.sectorsupport.timeline;

import static org.hamcrest.Matchers.*;
import static uk.gov.local.sectorsupport.support.KeycloakTokens.as;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import uk.gov.local.sectorsupport.cohort.Cohort;
import uk.gov.local.sectorsupport.cohort.Enrolment;
import uk.gov.local.sectorsupport.cohort.EnrolmentStatus;
import uk.gov.local.sectorsupport.common.ParticipantRole;
import uk.gov.local.sectorsupport.council.Council;
import uk.gov.local.sectorsupport.event.Attendance;
import uk.gov.local.sectorsupport.event.Event;
import uk.gov.local.sectorsupport.event.EventFormat;
import uk.gov.local.sectorsupport.event.EventType;
import uk.gov.local.sectorsupport.organisation.Organisation;
import uk.gov.local.sectorsupport.programme.Programme;
import uk.gov.local.sectorsupport.support.KeycloakTokens;

/**
 * The council timeline across kinds and years, with real tokens. Peer challenges and engagements are made through
 * the API; events and cohorts (whose APIs are built elsewhere) through their entities.
 */
@QuarkusTest
class CouncilTimelineTest {

    // Only this class records support for these two councils, so the timelines are exactly what it made.
    private static final String SCILLY = "E06000053";
    private static final String GATESHEAD = "E08000037";

    /** The ids of what {@link #data()} made, made once for the class. */
    record Data(long requested, long cpc, long eventA, long eventB, long eventOnlyGateshead, long cohortX,
            long cohortY, long financeEngagement, long solaceEngagement) {
    }

    private static Data data;

    private static synchronized Data data() {
        if (data == null) {
            data = create();
        }
        return data;
    }

    private static String staff() {
        return KeycloakTokens.user("staff");
    }

    private static Data create() {
        // A CPC held in 2023-24 with one peer on the team for 3.5 days, and a challenge requested in 2024-25.
        long cpc = as(staff()).contentType(ContentType.JSON)
                .body(Map.of("type", "cpc", "council", SCILLY, "status", "action-plan-published",
                        "requestedDate", "2023-03-01", "onSiteStartDate", "2023-10-02", "onSiteEndDate", "2023-10-05",
                        "reportPublishedDate", "2023-12-01", "actionPlanPublishedDate", "2024-01-15"))
                .when().post("/api/v1/peer-challenges").then().statusCode(201).extract().jsonPath().getLong("id");
        long peer = as(staff()).contentType(ContentType.JSON)
                .body(Map.of("kind", "officer", "name", "Timeline Test Peer", "homeCouncil", "E06000047"))
                .when().post("/api/v1/peers").then().statusCode(201).extract().jsonPath().getLong("id");
        as(staff()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("peerId", peer, "role", "officer-peer", "days", 3.5))
                .when().post("/api/v1/peer-challenges/" + cpc + "/team").then().statusCode(201);
        long requested = as(staff()).contentType(ContentType.JSON)
                .body(Map.of("type", "fpc", "council", SCILLY, "requestedDate", "2025-02-10"))
                .when().post("/api/v1/peer-challenges").then().statusCode(201).extract().jsonPath().getLong("id");

        long finance = engagement(Map.of("programme", "targeted-finance-support", "type", "targeted-finance-support",
                "startDate", "2024-06-03", "endDate", "2025-01-31", "daysDelivered", 6.5));
        long solace = engagement(Map.of("programme", "springboard", "type", "mentoring", "startDate", "2024-11-14",
                "daysDelivered", 1));

        long[] ids = QuarkusTransaction.requiringNew().call(() -> {
            Council scilly = Council.findById(SCILLY);
            Council gateshead = Council.findById(GATESHEAD);
            Event a = event("leadership-essentials", "lga", "Timeline masterclass", EventType.MASTERCLASS,
                    EventFormat.IN_PERSON, "2024-11-14", "2024-11-15");
            attend(a, scilly, ParticipantRole.COUNCILLOR, true, "tl-a-1");
            attend(a, scilly, ParticipantRole.COUNCILLOR, true, "tl-a-2");
            attend(a, scilly, ParticipantRole.OFFICER, true, "tl-a-3");
            attend(a, scilly, ParticipantRole.COUNCILLOR, false, "tl-a-4");
            attend(a, gateshead, ParticipantRole.OFFICER, true, "tl-a-5");
            Event b = event("springboard", "solace", "Timeline webinar", EventType.WEBINAR, EventFormat.ONLINE,
                    "2023-06-01", "2023-06-01");
            attend(b, scilly, ParticipantRole.CHIEF_EXECUTIVE, true, "tl-b-1");
            Event c = event("leadership-essentials", "lga", "Timeline roundtable", EventType.ROUNDTABLE,
                    EventFormat.ONLINE, "2024-05-01", "2024-05-01");
            attend(c, gateshead, ParticipantRole.OFFICER, true, "tl-c-1");

            Cohort x = cohort("ngdp", "lga", "Timeline NGDP cohort", 2023, "2023-09-04", "2025-08-29");
            enrol(x, scilly, EnrolmentStatus.COMPLETED, "tl-x-1");
            enrol(x, scilly, EnrolmentStatus.ENROLLED, "tl-x-2");
            enrol(x, scilly, EnrolmentStatus.WITHDRAWN, "tl-x-3");
            enrol(x, gateshead, EnrolmentStatus.COMPLETED, "tl-x-4");
            Cohort y = cohort("springboard", "solace", "Timeline Springboard cohort", 2024, "2024-10-01", null);
            enrol(y, scilly, EnrolmentStatus.ENROLLED, "tl-y-1");
            return new long[] { a.id, b.id, c.id, x.id, y.id };
        });
        return new Data(requested, cpc, ids[0], ids[1], ids[2], ids[3], ids[4], finance, solace);
    }

    private static long engagement(Map<String, Object> fields) {
        Map<String, Object> body = new java.util.HashMap<>(fields);
        body.put("council", SCILLY);
        body.put("leadAdviser", "Never On A Timeline");
        return as(staff()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/support-engagements").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Event event(String programme, String organisation, String title, EventType type, EventFormat format,
            String start, String end) {
        Event event = new Event();
        event.programme = Programme.findById(programme);
        event.organisation = Organisation.findById(organisation);
        event.title = title;
        event.type = type;
        event.format = format;
        event.startDate = LocalDate.parse(start);
        event.endDate = LocalDate.parse(end);
        event.persist();
        return event;
    }

    private static void attend(Event event, Council council, ParticipantRole role, boolean attended, String key) {
        Attendance attendance = new Attendance();
        attendance.event = event;
        attendance.council = council;
        attendance.attendeeRole = role;
        attendance.attended = attended;
        attendance.attendeeKey = key;
        attendance.organisation = event.organisation;
        attendance.persist();
    }

    private static Cohort cohort(String programme, String organisation, String name, int year, String start, String end) {
        Cohort cohort = new Cohort();
        cohort.programme = Programme.findById(programme);
        cohort.organisation = Organisation.findById(organisation);
        cohort.name = name;
        cohort.financialYear = year;
        cohort.startDate = LocalDate.parse(start);
        cohort.endDate = end == null ? null : LocalDate.parse(end);
        cohort.persist();
        return cohort;
    }

    private static void enrol(Cohort cohort, Council council, EnrolmentStatus status, String key) {
        Enrolment enrolment = new Enrolment();
        enrolment.cohort = cohort;
        enrolment.council = council;
        enrolment.participantKey = key;
        enrolment.participantRole = ParticipantRole.OFFICER;
        enrolment.status = status;
        enrolment.organisation = cohort.organisation;
        enrolment.persist();
    }

    private static String timeline(String council) {
        return "/api/v1/councils/" + council + "/timeline";
    }

    @Test
    void shouldListEverySupportNewestFirstAcrossKindsAndYears() {
        Data d = data();
        as(staff()).when().get(timeline(SCILLY)).then().statusCode(200)
                .body("council.gssCode", equalTo(SCILLY))
                .body("council.name", equalTo("Isles of Scilly"))
                // The same day: a support engagement before an event.
                .body("entries.kind", contains("peer-challenge", "support-engagement", "event", "cohort",
                        "support-engagement", "peer-challenge", "cohort", "event"))
                .body("entries.id", contains((int) d.requested(), (int) d.solaceEngagement(), (int) d.eventA(),
                        (int) d.cohortY(), (int) d.financeEngagement(), (int) d.cpc(), (int) d.cohortX(), (int) d.eventB()))
                .body("entries.date", contains("2025-02-10", "2024-11-14", "2024-11-14", "2024-10-01", "2024-06-03",
                        "2023-10-02", "2023-09-04", "2023-06-01"))
                .body("entries.financialYear", contains("2024-25", "2024-25", "2024-25", "2024-25", "2024-25",
                        "2023-24", "2023-24", "2023-24"))

                // A requested challenge: dated by its request, no end, no team yet.
                .body("entries[0].title", equalTo("Finance Peer Challenge"))
                .body("entries[0]", not(hasKey("endDate")))
                .body("entries[0].summary", equalTo("Requested"))
                .body("entries[0].programme.id", equalTo("corporate-peer-challenge"))
                .body("entries[0].organisation.id", equalTo("lga"))
                .body("entries[0].peerChallenge.status", equalTo("requested"))
                .body("entries[0].peerChallenge.teamSize", equalTo(0))

                .body("entries[1].title", equalTo("Mentoring"))
                .body("entries[1].programme.id", equalTo("springboard"))
                .body("entries[1].organisation.id", equalTo("solace"))
                .body("entries[1].summary", equalTo("1 day delivered; continuing"))
                .body("entries[1].supportEngagement.daysDelivered", equalTo(1.0f))
                .body("entries[1]", not(hasKey("event")))

                // Gateshead's officer on the same event is not counted for Scilly.
                .body("entries[2].title", equalTo("Timeline masterclass"))
                .body("entries[2].endDate", equalTo("2024-11-15"))
                .body("entries[2].programme.name", equalTo("Leadership Essentials"))
                .body("entries[2].programme.theme", equalTo("governance-and-leadership"))
                .body("entries[2].summary", equalTo("3 attended (2 councillors, 1 officer); 1 booked but did not attend"))
                .body("entries[2].event.type", equalTo("masterclass"))
                .body("entries[2].event.format", equalTo("in-person"))
                .body("entries[2].event.attended", equalTo(3))
                .body("entries[2].event.bookedOnly", equalTo(1))
                .body("entries[2].event.byRole.role", contains("councillor", "officer"))
                .body("entries[2].event.byRole.attended", contains(2, 1))
                .body("entries[2].event.byRole.bookedOnly", contains(1, 0))

                .body("entries[3].title", equalTo("Timeline Springboard cohort"))
                .body("entries[3]", not(hasKey("endDate")))
                .body("entries[3].summary", equalTo("1 participant: 1 still enrolled"))

                .body("entries[4].title", equalTo("Targeted finance support"))
                .body("entries[4].endDate", equalTo("2025-01-31"))
                .body("entries[4].summary", equalTo("6.5 days delivered"))
                .body("entries[4].supportEngagement.type", equalTo("targeted-finance-support"))

                .body("entries[5].title", equalTo("Corporate Peer Challenge"))
                .body("entries[5].endDate", equalTo("2023-10-05"))
                .body("entries[5].summary", equalTo("Action plan published; a team of 1 peer, 3.5 peer days"))
                .body("entries[5].peerChallenge.teamSize", equalTo(1))
                .body("entries[5].peerChallenge.peerDays", equalTo(3.5f))

                .body("entries[6].summary", equalTo("3 participants: 1 still enrolled, 1 completed, 1 withdrawn"))
                .body("entries[6].cohort.participants", equalTo(3))
                .body("entries[6].cohort.enrolled", equalTo(1))
                .body("entries[6].cohort.completed", equalTo(1))
                .body("entries[6].cohort.withdrawn", equalTo(1))
                .body("entries[6].endDate", equalTo("2025-08-29"))

                .body("entries[7].summary", equalTo("1 attended (1 chief executive)"))
                .body("entries[7]", not(hasKey("endDate")))
                // Never a person's name.
                .body(not(containsString("Never On A Timeline")));
    }

    @Test
    void shouldCountOnlyTheCouncilsOwnPeople() {
        Data d = data();
        as(staff()).when().get(timeline(GATESHEAD.toLowerCase())).then().statusCode(200)
                .body("council.gssCode", equalTo(GATESHEAD))
                .body("entries.id", contains((int) d.eventA(), (int) d.eventOnlyGateshead(), (int) d.cohortX()))
                .body("entries[0].summary", equalTo("1 attended (1 officer)"))
                .body("entries[2].summary", equalTo("1 participant: 1 completed"));
    }

    @Test
    void shouldFilterByFinancialYearAndKind() {
        Data d = data();
        as(staff()).queryParam("financialYear", "2023-24").when().get(timeline(SCILLY)).then().statusCode(200)
                .body("entries.id", contains((int) d.cpc(), (int) d.cohortX(), (int) d.eventB()));
        as(staff()).queryParam("kind", "event").when().get(timeline(SCILLY)).then()
                .body("entries.id", contains((int) d.eventA(), (int) d.eventB()));
        as(staff()).queryParam("kind", "support-engagement").queryParam("financialYear", "2024-25")
                .when().get(timeline(SCILLY)).then()
                .body("entries.id", contains((int) d.solaceEngagement(), (int) d.financeEngagement()));
        as(staff()).queryParam("kind", "cohort").queryParam("financialYear", "2024-25").when().get(timeline(SCILLY)).then()
                .body("entries.id", contains((int) d.cohortY()));
        as(staff()).queryParam("financialYear", "2019-20").when().get(timeline(SCILLY)).then()
                .body("entries", empty());

        as(staff()).queryParam("kind", "webinar").when().get(timeline(SCILLY)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", equalTo("must be one of: peer-challenge, support-engagement, cohort, event"));
        as(staff()).queryParam("financialYear", "2024-26").when().get(timeline(SCILLY)).then().statusCode(400)
                .body("errors[0].field", equalTo("financialYear"));
    }

    @Test
    void partnersShouldSeePeerChallengesAndOnlyTheirOwnOrganisationsOtherEntries() {
        Data d = data();
        as(KeycloakTokens.partner("solace")).when().get(timeline(SCILLY)).then().statusCode(200)
                .body("entries.id", contains((int) d.requested(), (int) d.solaceEngagement(), (int) d.cohortY(),
                        (int) d.cpc(), (int) d.eventB()))
                .body("entries.findAll { it.kind != 'peer-challenge' }.organisation.id", everyItem(equalTo("solace")));
        as(KeycloakTokens.partner("adass")).when().get(timeline(SCILLY)).then().statusCode(200)
                .body("entries.kind", contains("peer-challenge", "peer-challenge"));
        as(KeycloakTokens.user("analyst")).when().get(timeline(SCILLY)).then().statusCode(200)
                .body("entries", hasSize(8));
    }

    @Test
    void shouldIncludeThePredecessorsSupportMarkedWithThePredecessor() {
        // Cumberland (2023) replaced Allerdale, Carlisle, Copeland and (with Westmorland and Furness) Cumbria.
        String cumberland = "E06000063";
        String allerdale = "E07000026";
        String cumbria = "E10000006";
        String westmorland = "E06000064";
        long allerdaleCpc = as(staff()).contentType(ContentType.JSON)
                .body(Map.of("type", "cpc", "council", allerdale, "status", "action-plan-published",
                        "requestedDate", "2021-06-01", "onSiteStartDate", "2021-11-09", "onSiteEndDate", "2021-11-12",
                        "reportPublishedDate", "2022-01-10", "actionPlanPublishedDate", "2022-02-14"))
                .when().post("/api/v1/peer-challenges").then().statusCode(201).extract().jsonPath().getLong("id");
        long cumbriaEngagement = as(staff()).contentType(ContentType.JSON)
                .body(Map.of("council", cumbria, "programme", "targeted-finance-support",
                        "type", "targeted-finance-support", "startDate", "2022-05-03", "endDate", "2022-09-30",
                        "daysDelivered", 3))
                .when().post("/api/v1/support-engagements").then().statusCode(201).extract().jsonPath().getLong("id");
        long ownEngagement = as(staff()).contentType(ContentType.JSON)
                .body(Map.of("council", cumberland, "programme", "mentoring", "type", "mentoring",
                        "startDate", "2024-05-13", "daysDelivered", 2))
                .when().post("/api/v1/support-engagements").then().statusCode(201).extract().jsonPath().getLong("id");

        as(staff()).when().get(timeline(cumberland)).then().statusCode(200)
                .body("council.gssCode", equalTo(cumberland))
                .body("entries.id", hasItems((int) allerdaleCpc, (int) cumbriaEngagement, (int) ownEngagement))
                .body("entries.find { it.id == " + allerdaleCpc + " && it.kind == 'peer-challenge' }.predecessor.gssCode",
                        equalTo(allerdale))
                .body("entries.find { it.id == " + allerdaleCpc + " && it.kind == 'peer-challenge' }.predecessor.name",
                        equalTo("Allerdale"))
                .body("entries.find { it.id == " + allerdaleCpc + " && it.kind == 'peer-challenge' }.financialYear",
                        equalTo("2021-22"))
                .body("entries.find { it.id == " + cumbriaEngagement
                        + " && it.kind == 'support-engagement' }.predecessor.name", equalTo("Cumbria"))
                .body("entries.find { it.id == " + ownEngagement + " && it.kind == 'support-engagement' }",
                        not(hasKey("predecessor")));
        // The year filter applies to the predecessors' entries too.
        as(staff()).queryParam("financialYear", "2021-22").when().get(timeline(cumberland)).then().statusCode(200)
                .body("entries.id", hasItem((int) allerdaleCpc))
                .body("entries.financialYear", everyItem(equalTo("2021-22")));

        // Allerdale's own timeline shows it as its own; Cumbria's other successor has Cumbria's but not Allerdale's.
        as(staff()).when().get(timeline(allerdale)).then().statusCode(200)
                .body("entries.find { it.id == " + allerdaleCpc + " && it.kind == 'peer-challenge' }",
                        not(hasKey("predecessor")));
        as(staff()).when().get(timeline(westmorland)).then().statusCode(200)
                .body("entries.findAll { it.kind == 'peer-challenge' }.id", not(hasItem((int) allerdaleCpc)))
                .body("entries.find { it.id == " + cumbriaEngagement
                        + " && it.kind == 'support-engagement' }.predecessor.gssCode", equalTo(cumbria));
    }

    @Test
    void shouldAnswer404ForAnUnknownCouncil() {
        as(staff()).when().get(timeline("E06999999")).then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("There is no council with GSS code E06999999."));
    }
}
