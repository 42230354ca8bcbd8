package uk.gov.local.sectorsupport.survey;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static uk.gov.local.sectorsupport.survey.SurveyResponseResourceTest.body;
import static uk.gov.local.sectorsupport.survey.SurveyResponseResourceTest.create;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import uk.gov.local.sectorsupport.peerchallenge.PeerChallengeType;

/** The figures the annual report quotes, computed over the same filters as the list. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class SurveyResponseSummaryTest {

    private static final String SUMMARY = "/api/v1/survey-responses/summary";
    private static final LocalDate START = LocalDate.of(2024, 5, 1);

    private static void respond(String type, long subject, Integer satisfaction, String positiveImpact,
            String increasedConfidence, String submittedDate) {
        Map<String, Object> fields = new HashMap<>(Map.of("submittedDate", submittedDate));
        if (satisfaction != null) {
            fields.put("satisfaction", satisfaction);
        }
        if (positiveImpact != null) {
            fields.put("positiveImpact", positiveImpact);
        }
        if (increasedConfidence != null) {
            fields.put("increasedConfidence", increasedConfidence);
        }
        create(body(type, subject, fields));
    }

    @Test
    void shouldCountSatisfiedAndYesAmongThoseWhoAnswered() {
        long event = SurveySubjectFixtures.event("leadership-essentials", "Summary event", START);
        respond("event", event, 5, "yes", "yes", "2024-06-01");
        respond("event", event, 5, "yes", "no", "2024-06-01");
        respond("event", event, 4, "yes", null, "2024-06-01");
        respond("event", event, 3, "no", "yes", "2024-06-01");
        respond("event", event, 1, null, null, "2024-06-01");
        respond("event", event, null, null, null, "2024-06-01");
        respond("event", event, null, "not-answered", null, "2024-06-01");

        given().queryParam("event", event).when().get(SUMMARY).then().statusCode(200)
                .body("responses", equalTo(7))
                .body("satisfactionAnswered", equalTo(5))
                .body("satisfied", equalTo(3))
                .body("satisfiedPerCent", equalTo(60.0f))       // 3 of the 5 who answered
                .body("meanSatisfaction", equalTo(3.6f))        // (5 + 5 + 4 + 3 + 1) / 5
                .body("positiveImpact.yes", equalTo(3))
                .body("positiveImpact.no", equalTo(1))
                .body("positiveImpact.notAnswered", equalTo(3))
                .body("positiveImpact.yesPerCent", equalTo(75.0f))
                .body("increasedConfidence.yes", equalTo(2))
                .body("increasedConfidence.no", equalTo(1))
                .body("increasedConfidence.notAnswered", equalTo(4))
                .body("increasedConfidence.yesPerCent", equalTo(66.7f))   // 2 of 3, to one decimal place
                .body("wouldRecommend.yes", equalTo(0))
                .body("wouldRecommend.no", equalTo(0))
                .body("wouldRecommend.notAnswered", equalTo(7))
                .body("wouldRecommend", not(hasKey("yesPerCent")));
    }

    @Test
    void shouldGiveNoPercentagesWhenNothingMatches() {
        long event = SurveySubjectFixtures.event("leadership-essentials", "Nobody answered", START);
        given().queryParam("event", event).when().get(SUMMARY).then().statusCode(200)
                .body("responses", equalTo(0))
                .body("satisfactionAnswered", equalTo(0))
                .body("satisfied", equalTo(0))
                .body("$", not(hasKey("satisfiedPerCent")))
                .body("$", not(hasKey("meanSatisfaction")))
                .body("positiveImpact.notAnswered", equalTo(0))
                .body("positiveImpact", not(hasKey("yesPerCent")));
    }

    @Test
    void shouldQuoteAProgrammesYearAsTheAnnualReportDoes() {
        // "96 per cent of Next Generation delegates were satisfied": 24 of 25 scored 4 or 5.
        long cohort = SurveySubjectFixtures.cohort("next-generation", "Next Generation 2024", START);
        for (int i = 0; i < 25; i++) {
            respond("cohort", cohort, i == 0 ? 2 : (i % 2 == 0 ? 4 : 5), null, null, "2024-11-01");
        }
        // A response in another year, and one about another programme's event in the same year, do not count.
        respond("cohort", cohort, 1, null, null, "2025-04-01");
        long other = SurveySubjectFixtures.event("springboard", "Another programme", START);
        respond("event", other, 1, null, null, "2024-11-01");

        given().queryParam("cohort", cohort).queryParam("programme", "next-generation")
                .queryParam("financialYear", "2024-25").when().get(SUMMARY).then().statusCode(200)
                .body("responses", equalTo(25))
                .body("satisfied", equalTo(24))
                .body("satisfiedPerCent", equalTo(96.0f));
        given().queryParam("cohort", cohort).queryParam("financialYear", "2025-26").when().get(SUMMARY).then()
                .body("responses", equalTo(1)).body("satisfiedPerCent", equalTo(0.0f));
    }

    @Test
    void shouldSummariseByThemeCountingPeerChallengesAsTheCorporatePeerChallengeProgramme() {
        long challenge = SurveySubjectFixtures.peerChallenge(PeerChallengeType.GPC, "E07000223", START);
        respond("peer-challenge", challenge, 5, "yes", null, "2024-09-01");
        respond("peer-challenge", challenge, 4, "no", null, "2024-09-02");
        given().queryParam("peerChallenge", challenge).queryParam("theme", "peer-challenge").when().get(SUMMARY)
                .then().statusCode(200)
                .body("responses", equalTo(2))
                .body("satisfiedPerCent", equalTo(100.0f))
                .body("meanSatisfaction", equalTo(4.5f))
                .body("positiveImpact.yesPerCent", equalTo(50.0f));
        given().queryParam("peerChallenge", challenge).queryParam("programme", "corporate-peer-challenge")
                .when().get(SUMMARY).then().body("responses", equalTo(2));
        given().queryParam("peerChallenge", challenge).queryParam("theme", "finance").when().get(SUMMARY)
                .then().body("responses", equalTo(0));
    }
}
