package uk.gov.local.sectorsupport.survey;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import uk.gov.local.sectorsupport.cohort.Cohort;
import uk.gov.local.sectorsupport.common.ParticipantRole;
import uk.gov.local.sectorsupport.engagement.EngagementType;
import uk.gov.local.sectorsupport.event.Event;
import uk.gov.local.sectorsupport.organisation.Organisation;
import uk.gov.local.sectorsupport.peerchallenge.PeerChallengeType;
import uk.gov.local.sectorsupport.support.EventFixtures;

@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class SurveyResponseResourceTest {

    private static final String PATH = "/api/v1/survey-responses";
    private static final LocalDate START = LocalDate.of(2024, 5, 1);

    static Map<String, Object> body(String subjectType, long subjectId, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "subject", Map.of("type", subjectType, "id", subjectId),
                "respondentRole", "officer",
                "submittedDate", "2024-06-01"));
        body.putAll(fields);
        return body;
    }

    static long create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post(PATH)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void assertNoResponsesAbout(String parameter, long id) {
        given().queryParam(parameter, id).when().get(PATH).then().statusCode(200)
                .header("X-Total-Count", "0").body("items", empty());
    }

    @Test
    void shouldRecordAResponseAboutAnEventWithDefaultsAndShowItsSubject() {
        long event = SurveySubjectFixtures.event("springboard", "Springboard masterclass", START);
        String location = given().contentType(ContentType.JSON)
                .body(body("event", event, Map.of("council", "e06000047", "satisfaction", 4, "comment", "  Useful.  ")))
                .when().post(PATH)
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("subject.type", equalTo("event"))
                .body("subject.typeLabel", equalTo("Event"))
                .body("subject.id", equalTo((int) event))
                .body("subject.title", startsWith("Springboard masterclass"))
                .body("programme.id", equalTo("springboard"))
                .body("programme.theme", equalTo("workforce"))
                .body("respondentRole", equalTo("officer"))
                .body("respondentRoleLabel", equalTo("Officer"))
                .body("council.gssCode", equalTo("E06000047"))
                .body("region", equalTo("north-east"))
                .body("satisfaction", equalTo(4))
                .body("positiveImpact", equalTo("not-answered"))
                .body("increasedConfidence", equalTo("not-answered"))
                .body("wouldRecommend", equalTo("not-answered"))
                .body("comment", equalTo("Useful."))
                .body("financialYear", equalTo("2024-25"))
                .body("organisation.id", equalTo("solace"))
                .body("organisation.name", equalTo("Solace"))
                .body("$", not(hasKey("externalId")))
                .extract().header("Location");
        assertTrue(location.matches(".*/api/v1/survey-responses/\\d+"), location);
        given().when().get(location).then().statusCode(200).header("ETag", "\"0\"")
                .body("subject.id", equalTo((int) event)).body("satisfaction", equalTo(4));
    }

    @Test
    void shouldTitleEveryKindOfSubjectAndAlwaysBelongToTheSubjectsOrganisation() {
        long cohort = SurveySubjectFixtures.cohort("next-generation", "Next Generation", START);
        long engagement = SurveySubjectFixtures.engagement("mentoring", EngagementType.MENTORING, "E07000087", START);
        long challenge = SurveySubjectFixtures.peerChallenge(PeerChallengeType.CPC, "E07000087", START);

        given().contentType(ContentType.JSON).body(body("cohort", cohort, Map.of())).when().post(PATH)
                .then().statusCode(201)
                .body("subject.title", startsWith("Next Generation"))
                .body("subject.typeLabel", equalTo("Cohort"))
                .body("programme.id", equalTo("next-generation"))
                .body("organisation.id", equalTo("lga"));
        given().contentType(ContentType.JSON).body(body("support-engagement", engagement, Map.of())).when().post(PATH)
                .then().statusCode(201)
                .body("subject.title", equalTo("Mentoring – Fareham"))
                .body("programme.id", equalTo("mentoring"))
                .body("organisation.id", equalTo("lga"));
        given().contentType(ContentType.JSON).body(body("peer-challenge", challenge, Map.of())).when().post(PATH)
                .then().statusCode(201)
                .body("subject.title", equalTo("Corporate Peer Challenge – Fareham"))
                .body("programme.id", equalTo("corporate-peer-challenge"))
                .body("programme.theme", equalTo("peer-challenge"))
                .body("organisation.id", equalTo("lga"));
        // `organisation` is not a field of the body: a peer challenge's responses are always the LGA's.
        given().contentType(ContentType.JSON)
                .body(body("peer-challenge", challenge, Map.of("organisation", "adass", "externalId", " PIC-1 ")))
                .when().post(PATH)
                .then().statusCode(201)
                .body("organisation.id", equalTo("lga"))
                .body("externalId", equalTo("PIC-1"));
        // Each kind of peer challenge counts under its own programme, where the catalogue has one.
        long communications = SurveySubjectFixtures.peerChallenge(PeerChallengeType.COMMUNICATIONS, "E07000087", START);
        long send = SurveySubjectFixtures.peerChallenge(PeerChallengeType.SEND, "E07000087", START);
        given().contentType(ContentType.JSON).body(body("peer-challenge", communications, Map.of())).when().post(PATH)
                .then().statusCode(201)
                .body("programme.id", equalTo("communications-support"));
        given().contentType(ContentType.JSON).body(body("peer-challenge", send, Map.of())).when().post(PATH)
                .then().statusCode(201)
                .body("subject.title", equalTo("SEND peer review – Fareham"))
                .body("$", not(hasKey("programme")))
                .body("organisation.id", equalTo("lga"));
    }

    @Test
    void shouldReportEveryInvalidFieldInFormOrderAndWriteNothing() {
        long event = SurveySubjectFixtures.event("springboard", "Invalid fields", START);
        Map<String, Object> bad = new HashMap<>(Map.of(
                "subject", Map.of("type", "event", "id", event),
                "council", "E99999999",
                "satisfaction", 6,
                "comment", "x".repeat(4001),
                "submittedDate", LocalDate.now().plusDays(2).toString(),
                "externalId", "y".repeat(101)));
        given().contentType(ContentType.JSON).body(bad).when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("respondentRole", "council", "satisfaction", "comment",
                        "submittedDate", "externalId"))
                .body("errors.find { it.field == 'respondentRole' }.message", equalTo("is required"))
                .body("errors.find { it.field == 'council' }.message",
                        equalTo("must be the GSS code of a council (there is no council with code E99999999)"))
                .body("errors.find { it.field == 'satisfaction' }.message", equalTo("must be a whole number from 1 to 5"))
                .body("errors.find { it.field == 'comment' }.message", equalTo("must be 4000 characters or fewer"))
                .body("errors.find { it.field == 'submittedDate' }.message", equalTo("must not be in the future"));
        assertNoResponsesAbout("event", event);
        given().contentType(ContentType.JSON).body(body("event", event, Map.of("externalId", " "))).when().post(PATH)
                .then().statusCode(400).body("errors.field", contains("externalId"))
                .body("errors[0].message", equalTo("must not be blank"));
        assertNoResponsesAbout("event", event);

        given().contentType(ContentType.JSON).body(body("event", event, Map.of("satisfaction", 0))).when().post(PATH)
                .then().statusCode(400).body("errors.field", contains("satisfaction"));
        given().contentType(ContentType.JSON).body(body("event", event, Map.of("positiveImpact", "maybe")))
                .when().post(PATH)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("positiveImpact"))
                .body("errors[0].message", equalTo("must be one of: yes, no, not-answered"));
        given().contentType(ContentType.JSON).body(body("event", event, Map.of("respondentRole", "mayor")))
                .when().post(PATH)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("respondentRole"))
                .body("errors[0].message", equalTo("must be one of: councillor, officer, chief-executive, other"));
        given().contentType(ContentType.JSON).body(body("event", event, Map.of("submittedDate", "2024-04-30")))
                .when().post(PATH)
                .then().statusCode(400)
                .body("errors.field", contains("submittedDate"))
                .body("errors[0].message", equalTo("must not be before the event started (2024-05-01)"));
        given().contentType(ContentType.JSON).body(body("event", event, Map.of("comment", "x".repeat(4000))))
                .when().post(PATH).then().statusCode(201);
        given().contentType(ContentType.JSON).body(body("event", event, Map.of("submittedDate", "2024-05-01")))
                .when().post(PATH).then().statusCode(201);
        given().queryParam("event", event).when().get(PATH).then().header("X-Total-Count", "2");
    }

    @Test
    void shouldCheckTheStartOfEveryKindOfSubject() {
        long cohort = SurveySubjectFixtures.cohort("ngdp", "NGDP cohort", START);
        long engagement = SurveySubjectFixtures.engagement("mentoring", EngagementType.MENTORING, "E07000087", START);
        long challenge = SurveySubjectFixtures.peerChallenge(PeerChallengeType.FPC, "E07000087", START);
        for (var subject : List.of(Map.entry("cohort", cohort), Map.entry("support-engagement", engagement),
                Map.entry("peer-challenge", challenge))) {
            given().contentType(ContentType.JSON)
                    .body(body(subject.getKey(), subject.getValue(), Map.of("submittedDate", "2024-04-01")))
                    .when().post(PATH)
                    .then().statusCode(400)
                    .body("errors.field", contains("submittedDate"))
                    .body("errors[0].message", endsWith("(2024-05-01)"));
        }
        given().contentType(ContentType.JSON)
                .body(body("peer-challenge", challenge, Map.of("submittedDate", "2024-04-01"))).when().post(PATH)
                .then().body("errors[0].message", equalTo("must not be before the peer challenge was requested (2024-05-01)"));
    }

    @Test
    void shouldNeedExactlyOneSubjectThatExists() {
        Map<String, Object> noSubject = new HashMap<>(Map.of("respondentRole", "officer", "submittedDate", "2024-06-01"));
        given().contentType(ContentType.JSON).body(noSubject).when().post(PATH)
                .then().statusCode(400)
                .body("errors.field", contains("subject.id"))
                .body("errors[0].message", startsWith("is required"));
        given().contentType(ContentType.JSON).body(Map.of()).when().post(PATH)
                .then().statusCode(400)
                .body("errors.field", contains("subject.id", "respondentRole", "submittedDate"));

        Map<String, Object> withoutId = new HashMap<>(noSubject);
        withoutId.put("subject", Map.of("type", "event"));
        given().contentType(ContentType.JSON).body(withoutId).when().post(PATH)
                .then().statusCode(400).body("errors.field", contains("subject.id"))
                .body("errors[0].message", equalTo("is required"));
        Map<String, Object> withoutType = new HashMap<>(noSubject);
        withoutType.put("subject", Map.of("id", 1));
        given().contentType(ContentType.JSON).body(withoutType).when().post(PATH)
                .then().statusCode(400).body("errors.field", contains("subject.type"));

        given().contentType(ContentType.JSON).body(body("cohort", 987654321L, Map.of())).when().post(PATH)
                .then().statusCode(400)
                .body("errors.field", contains("subject.id"))
                .body("errors[0].message", equalTo("must be the id of an existing cohort (there is no cohort with id 987654321)"));
        given().contentType(ContentType.JSON).body(body("webinar", 1, Map.of())).when().post(PATH)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("subject.type"))
                .body("errors[0].message", equalTo("must be one of: event, peer-challenge, support-engagement, cohort"));

        long event = SurveySubjectFixtures.event("springboard", "Two subjects", START);
        long cohort = SurveySubjectFixtures.cohort("springboard", "Two subjects", START);
        Map<String, Object> two = new HashMap<>(noSubject);
        two.put("subject", List.of(Map.of("type", "event", "id", event), Map.of("type", "cohort", "id", cohort)));
        given().contentType(ContentType.JSON).body(two).when().post(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("subject"));
        assertNoResponsesAbout("event", event);
        assertNoResponsesAbout("cohort", cohort);
    }

    @Test
    void shouldHaveTheDatabaseRefuseAResponseAboutTwoSubjectsOrNone() {
        long event = SurveySubjectFixtures.event("springboard", "Database check", START);
        long cohort = SurveySubjectFixtures.cohort("springboard", "Database check", START);
        for (boolean both : List.of(true, false)) {
            Exception refused = assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> {
                SurveyResponse response = new SurveyResponse();
                if (both) {
                    response.event = Event.findById(event);
                    response.cohort = Cohort.findById(cohort);
                }
                response.respondentRole = ParticipantRole.OFFICER;
                response.positiveImpact = SurveyAnswer.NOT_ANSWERED;
                response.increasedConfidence = SurveyAnswer.NOT_ANSWERED;
                response.wouldRecommend = SurveyAnswer.NOT_ANSWERED;
                response.submittedDate = START;
                response.organisation = Organisation.findById("solace");
                response.persistAndFlush();
            }));
            Throwable cause = refused;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            assertTrue(cause.getMessage().contains("survey_response_check"), cause.getMessage());
        }
        assertNoResponsesAbout("event", event);
        assertNoResponsesAbout("cohort", cohort);
    }

    @Test
    void shouldListNewestSubmittedFirstAndApplyEveryFilter() {
        long event = SurveySubjectFixtures.event("springboard", "Filtered event", START);
        long cohort = SurveySubjectFixtures.cohort("next-generation", "Filtered cohort", START);
        long challenge = SurveySubjectFixtures.peerChallenge(PeerChallengeType.CPC, "E07000087", START);
        long communications = SurveySubjectFixtures.peerChallenge(PeerChallengeType.COMMUNICATIONS, "E07000087", START);
        long send = SurveySubjectFixtures.peerChallenge(PeerChallengeType.SEND, "E07000087", START);
        long early = create(body("event", event, Map.of("respondentRole", "councillor", "council", "E06000047",
                "submittedDate", "2024-05-01")));
        long late = create(body("event", event, Map.of("council", "E09000033", "submittedDate", "2025-05-01")));
        long sameDay = create(body("event", event, Map.of("council", "E09000033", "submittedDate", "2025-05-01")));
        long ofCohort = create(body("cohort", cohort, Map.of("respondentRole", "chief-executive")));
        long ofChallenge = create(body("peer-challenge", challenge, Map.of()));
        long ofCommunications = create(body("peer-challenge", communications, Map.of()));
        long ofSend = create(body("peer-challenge", send, Map.of()));

        given().queryParam("event", event).when().get(PATH).then().statusCode(200)
                .header("X-Total-Count", "3")
                .body("items.id", contains((int) sameDay, (int) late, (int) early));
        given().queryParam("event", event).queryParam("size", 1).queryParam("page", 2).when().get(PATH)
                .then().statusCode(200)
                .body("items.id", contains((int) late))
                .body("page", equalTo(2)).body("totalPages", equalTo(3))
                .header("Link", allOf(containsString("rel=\"prev\""), containsString("rel=\"next\"")));

        expect(Map.of("event", event, "financialYear", "2024-25"), early);
        expect(Map.of("event", event, "financialYear", "2025-26"), sameDay, late);
        expect(Map.of("event", event, "region", "london"), sameDay, late);
        expect(Map.of("event", event, "council", "e06000047"), early);
        expect(Map.of("event", event, "respondentRole", "councillor"), early);
        expect(Map.of("event", event, "programme", "springboard"), sameDay, late, early);
        expect(Map.of("event", event, "programme", "next-generation"));
        expect(Map.of("event", event, "theme", "workforce"), sameDay, late, early);
        expect(Map.of("event", event, "organisation", "solace"), sameDay, late, early);
        expect(Map.of("event", event, "organisation", "lga"));
        expect(Map.of("cohort", cohort, "subjectType", "cohort", "theme", "governance-and-leadership"), ofCohort);
        expect(Map.of("cohort", cohort, "subjectType", "event"));
        expect(Map.of("peerChallenge", challenge, "programme", "corporate-peer-challenge"), ofChallenge);
        expect(Map.of("peerChallenge", challenge, "theme", "peer-challenge", "subjectType", "peer-challenge"),
                ofChallenge);
        expect(Map.of("peerChallenge", challenge, "theme", "workforce"));
        expect(Map.of("peerChallenge", challenge, "programme", "springboard"));
        // Not every peer challenge is a corporate one: each kind counts under its own programme, or none.
        expect(Map.of("peerChallenge", communications, "programme", "communications-support"), ofCommunications);
        expect(Map.of("peerChallenge", communications, "theme", "communications"), ofCommunications);
        expect(Map.of("peerChallenge", communications, "programme", "corporate-peer-challenge"));
        expect(Map.of("peerChallenge", communications, "theme", "peer-challenge"));
        expect(Map.of("peerChallenge", send, "subjectType", "peer-challenge"), ofSend);
        expect(Map.of("peerChallenge", send, "programme", "corporate-peer-challenge"));
        expect(Map.of("peerChallenge", send, "theme", "peer-challenge"));
        // A blank filter, as a web form sends it, is no filter.
        expect(Map.of("event", event, "programme", "", "theme", " ", "cohort", ""), sameDay, late, early);
    }

    private static void expect(Map<String, Object> query, long... ids) {
        Integer[] expected = java.util.Arrays.stream(ids).mapToObj(id -> (int) id).toArray(Integer[]::new);
        given().queryParams(query).when().get(PATH).then().statusCode(200)
                .header("X-Total-Count", String.valueOf(ids.length))
                .body("items.id", ids.length == 0 ? empty() : contains(expected));
    }

    @Test
    void shouldAnswerABadFilterWith400NamingIt() {
        for (var bad : List.of(Map.entry("subjectType", "webinar"), Map.entry("event", "abc"),
                Map.entry("financialYear", "2024"), Map.entry("theme", "housing"), Map.entry("region", "wales"),
                Map.entry("respondentRole", "mayor"), Map.entry("size", "101"))) {
            given().queryParam(bad.getKey(), bad.getValue()).when().get(PATH).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo(bad.getKey()));
            if (!bad.getKey().equals("size")) {
                given().queryParam(bad.getKey(), bad.getValue()).when().get(PATH + "/summary").then().statusCode(400)
                        .body("errors[0].field", equalTo(bad.getKey()));
            }
        }
    }

    @Test
    void shouldUpdateOnlyWithTheCurrentETagAndAuditEveryChange() {
        long event = SurveySubjectFixtures.event("springboard", "Audited event", START);
        long cohort = SurveySubjectFixtures.cohort("next-generation", "Audited cohort", START);  // the LGA's
        long id = create(body("event", event, Map.of("satisfaction", 5, "externalId", "AUD-" + event)));
        String path = PATH + "/" + id;
        Map<String, Object> update = body("cohort", cohort, Map.of("satisfaction", 3, "wouldRecommend", "no"));

        given().contentType(ContentType.JSON).body(update).when().put(path).then().statusCode(428)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(update).when().put(path)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("subject.type", equalTo("cohort"))
                .body("satisfaction", equalTo(3))
                .body("wouldRecommend", equalTo("no"))
                // the new subject's organisation comes with it; an absent external id keeps what was recorded
                .body("organisation.id", equalTo("lga"))
                .body("externalId", equalTo("AUD-" + event));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body("event", event, Map.of("satisfaction", 1))).when().put(path)
                .then().statusCode(412).contentType("application/problem+json");
        given().when().get(path).then().header("ETag", "\"1\"").body("satisfaction", equalTo(3));

        given().when().get(path + "/history").then().statusCode(200)
                .body("action", contains("created", "updated"))
                .body("[0].actor", equalTo("admin"))
                .body("[0].version", equalTo(0))
                .body("[0].changes.find { it.field == 'subject' }.to", equalTo("event:" + event))
                .body("[0].changes.find { it.field == 'organisation' }.to", equalTo("solace"))
                .body("[1].changes.field", contains("organisation", "satisfaction", "subject", "wouldRecommend"))
                .body("[1].changes.find { it.field == 'subject' }.from", equalTo("event:" + event))
                .body("[1].changes.find { it.field == 'subject' }.to", equalTo("cohort:" + cohort));

        given().when().delete(path).then().statusCode(428);
        given().header("If-Match", "\"0\"").when().delete(path).then().statusCode(412);
        given().header("If-Match", "\"1\"").when().delete(path).then().statusCode(204);
        given().when().get(path).then().statusCode(404)
                .body("detail", equalTo("There is no survey response with id " + id + "."));
        given().when().get(path + "/history").then().statusCode(200)
                .body("action", contains("created", "updated", "deleted"))
                .body("[2]", not(hasKey("version")))
                .body("[2].changes.find { it.field == 'satisfaction' }.from", equalTo("3"));
    }

    @Test
    void shouldRejectABadUpdateAndKeepTheRecordAsItWas() {
        long event = SurveySubjectFixtures.event("springboard", "Bad update", START);
        long id = create(body("event", event, Map.of("satisfaction", 5, "comment", "Kept")));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body("event", event, Map.of("satisfaction", 9, "comment", "Lost", "council", "E99999999")))
                .when().put(PATH + "/" + id)
                .then().statusCode(400).body("errors.field", contains("council", "satisfaction"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body("cohort", 987654321L, Map.of("comment", "Lost"))).when().put(PATH + "/" + id)
                .then().statusCode(400).body("errors.field", contains("subject.id"));
        given().when().get(PATH + "/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("satisfaction", equalTo(5)).body("comment", equalTo("Kept"));
        given().when().get(PATH + "/" + id + "/history").then().body("action", contains("created"));
    }

    @Test
    void shouldRefuseAnExternalIdTheOrganisationAlreadyUses() {
        long event = SurveySubjectFixtures.event("springboard", "External ids", START);
        String externalId = "EXT-" + event;
        long first = create(body("event", event, Map.of("externalId", externalId)));
        given().contentType(ContentType.JSON).body(body("event", event, Map.of("externalId", externalId)))
                .when().post(PATH)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("Solace already uses external id " + externalId + " for survey response "
                        + first + "; nothing was changed."))
                .body("errors[0].field", equalTo("externalId"));
        // Another organisation may use the same id: here ADASS, for a response about its own event.
        long adassEvent = SurveySubjectFixtures.event("partners-in-care-and-health", "External ids", START);
        create(body("event", adassEvent, Map.of("externalId", externalId)));
        // Re-saving a response with its own external id is no conflict.
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body("event", event, Map.of("externalId", externalId, "satisfaction", 2)))
                .when().put(PATH + "/" + first).then().statusCode(200);
        given().queryParam("event", event).when().get(PATH).then().header("X-Total-Count", "1");
        given().queryParam("event", adassEvent).when().get(PATH).then().header("X-Total-Count", "1");
    }

    @Test
    void shouldMoveWithItsSubjectToAnotherOrganisation() {
        long cohort = SurveySubjectFixtures.cohort("springboard", "Moving cohort", START);  // Solace's
        long event = SurveySubjectFixtures.event("springboard", "Moving event", START);
        long aboutCohort = create(body("cohort", cohort, Map.of("externalId", "MOVE-C-" + cohort)));
        long aboutEvent = create(body("event", event, Map.of()));

        String name = given().when().get("/api/v1/cohorts/" + cohort).then().extract().path("name");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("programme", "springboard", "name", name, "startDate", START.toString(),
                        "organisation", "adass"))
                .when().put("/api/v1/cohorts/" + cohort).then().statusCode(200);
        Map<String, Object> eventUpdate = new HashMap<>(EventFixtures.event("Moving event", Map.of("programme",
                "springboard", "format", "online", "startDate", START.toString(), "organisation", "adass")));
        eventUpdate.remove("region");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(eventUpdate)
                .when().put("/api/v1/events/" + event).then().statusCode(200);

        for (long id : new long[] { aboutCohort, aboutEvent }) {
            given().when().get(PATH + "/" + id).then().statusCode(200).header("ETag", "\"1\"")
                    .body("organisation.id", equalTo("adass"));
            given().when().get(PATH + "/" + id + "/history").then()
                    .body("action", contains("created", "updated"))
                    .body("[1].changes.field", contains("organisation"))
                    .body("[1].changes[0].from", equalTo("solace"))
                    .body("[1].changes[0].to", equalTo("adass"));
        }
    }

    @Test
    void shouldKeepItsSubjectWhereAResponsesExternalIdIsTakenInTheNewOrganisation() {
        long engagement = SurveySubjectFixtures.engagement("springboard", EngagementType.MENTORING, "E07000087", START);
        long adassEvent = SurveySubjectFixtures.event("partners-in-care-and-health", "Taken", START);
        String externalId = "TAKEN-" + engagement;
        long response = create(body("support-engagement", engagement, Map.of("externalId", externalId)));
        create(body("event", adassEvent, Map.of("externalId", externalId)));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("council", "E07000087", "programme", "springboard", "type", "mentoring",
                        "startDate", START.toString(), "daysDelivered", 0, "organisation", "adass"))
                .when().put("/api/v1/support-engagements/" + engagement).then().statusCode(409)
                .body("errors[0].field", equalTo("organisation"));

        given().when().get("/api/v1/support-engagements/" + engagement).then().header("ETag", "\"0\"")
                .body("organisation.id", equalTo("solace"));
        given().when().get(PATH + "/" + response).then().header("ETag", "\"0\"")
                .body("organisation.id", equalTo("solace"));
    }

    @Test
    void shouldAnswer404ForAnUnknownResponse() {
        given().when().get(PATH + "/987654321").then().statusCode(404);
        given().when().get(PATH + "/987654321/history").then().statusCode(404);
        given().header("If-Match", "\"0\"").when().delete(PATH + "/987654321").then().statusCode(404);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of()).when().put(PATH + "/987654321")
                .then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "analyst", roles = "analyst")
    void analystsShouldReadButNotWrite() {
        given().when().get(PATH + "/900001").then().statusCode(200).body("organisation.id", equalTo("solace"));
        given().contentType(ContentType.JSON).body(Map.of()).when().post(PATH).then().statusCode(403);
        given().when().get(PATH + "/900001/history").then().statusCode(403);
    }
}
