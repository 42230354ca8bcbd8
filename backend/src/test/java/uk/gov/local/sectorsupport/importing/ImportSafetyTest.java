package uk.gov.local.sectorsupport.importing;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.gov.local.sectorsupport.importing.ImportFixtures.*;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Re-sending safely, partners kept apart, complete sets, receipts and the rejected rows as CSV. */
@QuarkusTest
class ImportSafetyTest {

    @Test
    void shouldReplayAnIdempotentPushWithoutWritingAndRefuseTheKeyForAnotherBody() {
        String m = marker();
        String body = springboardEvent(m + "-1", m + " one");
        long first = push(partner("solace").header("Idempotency-Key", m), "events", NDJSON, body).statusCode(200)
                .body("created", equalTo(1)).extract().jsonPath().getLong("id");
        long audit = count("select count(*) from audit_entry");
        long jobs = count("select count(*) from import_job");

        push(partner("solace").header("Idempotency-Key", m), "events", NDJSON, body).statusCode(200)
                .body("id", equalTo((int) first)).body("created", equalTo(1));
        assertEquals(audit, count("select count(*) from audit_entry"));
        assertEquals(jobs, count("select count(*) from import_job"));

        push(partner("solace").header("Idempotency-Key", m), "events", NDJSON, springboardEvent(m + "-2", m + " two"))
                .statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
        assertEquals(0, count("select count(*) from event where external_id = '" + m + "-2'"));
        // Keys are per client: another partner's same key is another push.
        push(partner("adass").header("Idempotency-Key", m), "events", NDJSON, "{\"externalId\": \"" + m + "\","
                + " \"programme\": \"partners-in-care-and-health\", \"title\": \"" + m + "\", \"type\": \"webinar\","
                + " \"format\": \"online\", \"startDate\": \"2025-06-12\"}").statusCode(200).body("created", equalTo(1));
    }

    @Test
    void shouldKeepPartnersApartInTheirImportsAndRecords() {
        String m = marker();
        long solaceImport = push(partner("solace"), "events", NDJSON, springboardEvent(m + "-ev", m + " day"))
                .statusCode(200).extract().jsonPath().getLong("id");

        partner("adass").when().get("/api/v1/imports/" + solaceImport).then().statusCode(404);
        partner("adass").when().get("/api/v1/imports/" + solaceImport + "/errors.csv").then().statusCode(404);
        partner("adass").when().get("/api/v1/imports?size=100").then().statusCode(200)
                .body("items.organisation", everyItem(equalTo("adass")));
        partner("solace").when().get("/api/v1/imports/" + solaceImport).then().statusCode(200);
        user("staff").when().get("/api/v1/imports?organisation=solace&dataset=events").then().statusCode(200)
                .body("items.id", hasItem((int) solaceImport));
        user("analyst").when().get("/api/v1/imports/" + solaceImport).then().statusCode(200);

        // ADASS cannot attach attendances to Solace's event, nor overwrite it under the same external id.
        push(partner("adass").queryParam("mode", "partial"), "attendances", NDJSON, "{\"externalId\": \"" + m
                + "-a\", \"eventExternalId\": \"" + m + "-ev\", \"attendeeRole\": \"officer\", \"attended\": true,"
                + " \"attendeeKey\": \"" + pseudonym("a@b.org") + "\"}").statusCode(200)
                .body("created", equalTo(0)).body("rejected", equalTo(1))
                .body("errors[0].message", startsWith("ADASS has no event with external id"));
        push(partner("adass").queryParam("mode", "partial"), "events", NDJSON, springboardEvent(m + "-ev", "taken"))
                .statusCode(200).body("rejected", equalTo(1)).body("errors[0].field", equalTo("programme"));
        assertEquals(1, count("select count(*) from event where external_id = '" + m + "-ev' and title = '" + m
                + " day' and organisation_id = 'solace'"));
    }

    @Test
    void shouldWithdrawWhatACompleteSetLeavesOutAndBringItBackWhenSentAgain() {
        String m = marker();
        // Programme and year to themselves: Total Leadership in 2019-20.
        String a = totalLeadership(m + "-a", "2019-05-01");
        String b = totalLeadership(m + "-b", "2019-06-01");
        String c = totalLeadership(m + "-c", "2019-07-01");
        push(partner("solace"), "events", NDJSON, a + "\n" + b + "\n" + c).statusCode(200).body("created", equalTo(3));
        long withdrawnId = partner("solace").when().get("/api/v1/events?q=" + m + "-c").then().extract().jsonPath()
                .getLong("items[0].id");

        push(partner("solace").queryParams(Map.of("scope", "complete", "programme", "total-leadership",
                "financialYear", "2019-20", "dryRun", "true")), "events", NDJSON, a + "\n" + b).statusCode(200)
                .body("withdrawn", equalTo(1));
        partner("solace").when().get("/api/v1/events/" + withdrawnId).then().statusCode(200);

        push(partner("solace").queryParams(Map.of("scope", "complete", "programme", "total-leadership",
                "financialYear", "2019-20")), "events", NDJSON, a + "\n" + b).statusCode(200)
                .body("unchanged", equalTo(2)).body("withdrawn", equalTo(1))
                .body("withdrawals.externalId", contains(m + "-c"))
                .body("scopeProgramme", equalTo("total-leadership")).body("scopeFinancialYear", equalTo("2019-20"));
        partner("solace").when().get("/api/v1/events/" + withdrawnId).then().statusCode(404);
        partner("solace").when().get("/api/v1/events?q=" + m).then().header("X-Total-Count", "2");
        user("staff").when().get("/api/v1/events/" + withdrawnId + "/history").then().statusCode(200)
                .body("action", hasItem("withdrawn"));

        push(partner("solace"), "events", NDJSON, c).statusCode(200).body("updated", equalTo(1));
        partner("solace").when().get("/api/v1/events/" + withdrawnId).then().statusCode(200);
        // Without scope=complete nothing is withdrawn.
        push(partner("solace"), "events", NDJSON, a).statusCode(200).body("withdrawn", equalTo(0));
        partner("solace").when().get("/api/v1/events?q=" + m).then().header("X-Total-Count", "3");
    }

    @Test
    void shouldConfirmAReceiptAndRefuseATamperedOne() {
        String m = marker();
        String receipt = push(partner("solace"), "events", NDJSON, springboardEvent(m + "-1", m + " one"))
                .statusCode(200).extract().jsonPath().prettify();
        Map<String, Object> issued = JsonPath.from(receipt).getMap("receipt");
        assertEquals(ImportFixtures.sha256(springboardEvent(m + "-1", m + " one")), issued.get("bodySha256"));

        partner("solace").contentType(ContentType.JSON).body(issued).when().post("/api/v1/imports/receipts/verify")
                .then().statusCode(200).body("signature", equalTo(issued.get("signature")));

        Map<String, Object> tampered = new java.util.HashMap<>(issued);
        tampered.put("created", 100);
        partner("solace").contentType(ContentType.JSON).body(tampered).when().post("/api/v1/imports/receipts/verify")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("signature"));
        partner("adass").contentType(ContentType.JSON).body(issued).when().post("/api/v1/imports/receipts/verify")
                .then().statusCode(422).body("errors[0].field", equalTo("importId"));
    }

    @Test
    void shouldOfferTheRejectedRowsAsCsvWithFormulasDefused() {
        String m = marker();
        long id = push(partner("solace").queryParam("mode", "partial"), "events", NDJSON,
                "{\"externalId\": \"=HYPERLINK(\\\"http://x\\\")\", \"programme\": \"springboard\"}\n"
                        + springboardEvent(m + "-ok", m + " fine"))
                .statusCode(200).body("rejected", equalTo(1)).extract().jsonPath().getLong("id");

        String csv = partner("solace").when().get("/api/v1/imports/" + id + "/errors.csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).header("Content-Disposition", containsString("errors.csv"))
                .extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals("row,externalId,field,message", lines[0]);
        org.junit.jupiter.api.Assertions.assertTrue(lines[1].startsWith("1,\"'=HYPERLINK(\"\"http://x\"\")\","),
                lines[1]);
    }

    @Test
    void shouldPushCohortsEnrolmentsEngagementsAndSurveyResponsesByExternalIds() {
        String m = marker();
        push(partner("solace"), "cohorts", NDJSON, "{\"externalId\": \"" + m + "-c\", \"programme\": \"springboard\","
                + " \"name\": \"Springboard " + m + "\", \"startDate\": \"2025-09-01\", \"endDate\": \"2026-03-31\"}")
                .statusCode(200).body("created", equalTo(1));
        push(partner("solace"), "enrolments", CSV, "externalId,cohortExternalId,participantKey,council,participantRole,"
                + "sex\n" + m + "-e1," + m + "-c," + pseudonym("p1@x.org") + ",E06000047,officer,female\n"
                + m + "-e2," + m + "-c," + pseudonym("p2@x.org") + ",E08000021,officer,\n").statusCode(200)
                .body("created", equalTo(2));
        push(partner("solace").queryParam("mode", "partial"), "enrolments", CSV,
                "externalId,cohortExternalId,participantKey,council,participantRole\n" + m + "-e3," + m + "-c,"
                        + pseudonym("p1@x.org") + ",E06000047,officer\n").statusCode(200)
                .body("rejected", equalTo(1)).body("errors[0].field", equalTo("participantKey"))
                .body("errors[0].message", containsString("under external id " + m + "-e1"));

        push(user("staff").queryParam("organisation", "lga"), "support-engagements", ContentType.JSON.toString(),
                "[{\"externalId\": \"" + m + "-s\", \"programme\": \"targeted-finance-support\", \"council\": "
                        + "\"E06000017\", \"type\": \"targeted-finance-support\", \"startDate\": \"2025-04-07\","
                        + " \"daysDelivered\": 6}]").statusCode(200).body("created", equalTo(1));
        push(user("staff").queryParam("organisation", "lga"), "support-engagements", ContentType.JSON.toString(),
                "[{\"externalId\": \"" + m + "-s\", \"programme\": \"targeted-finance-support\", \"council\": "
                        + "\"E06000017\", \"type\": \"targeted-finance-support\", \"startDate\": \"2025-04-07\","
                        + " \"daysDelivered\": 6.0}]").statusCode(200).body("unchanged", equalTo(1));

        push(partner("solace").queryParam("mode", "partial"), "survey-responses", NDJSON,
                "{\"externalId\": \"" + m + "-r1\", \"subjectType\": \"cohort\", \"subjectExternalId\": \"" + m
                        + "-c\", \"respondentRole\": \"officer\", \"satisfaction\": 5, \"positiveImpact\": \"yes\","
                        + " \"submittedDate\": \"2025-10-01\", \"comment\": \"Practical\"}\n"
                        + "{\"externalId\": \"" + m + "-r2\", \"subjectType\": \"cohort\", \"subjectExternalId\": \"" + m
                        + "-c\", \"respondentRole\": \"officer\", \"satisfaction\": 9, \"submittedDate\": \"2025-08-01\"}\n"
                        + "{\"externalId\": \"" + m + "-r3\", \"subjectType\": \"peer-challenge\", \"subjectExternalId\":"
                        + " \"1\", \"respondentRole\": \"officer\", \"submittedDate\": \"2025-10-01\"}\n")
                .statusCode(200).body("created", equalTo(1)).body("rejected", equalTo(2))
                .body("errors.findAll { it.row == 2 }.field", contains("satisfaction"))
                .body("errors.findAll { it.row == 3 }.field", contains("subjectType"));
        assertEquals(1, count("select count(*) from survey_response r join cohort c on c.id = r.cohort_id where "
                + "r.external_id = '" + m + "-r1' and c.external_id = '" + m + "-c' and r.organisation_id = 'solace'"));
    }

    @Test
    void shouldAcceptALargePushAsAJobAndReportItsProgressUntilDone() throws InterruptedException {
        String m = marker();
        push(partner("solace"), "events", NDJSON, springboardEvent(m + "-ev", m + " big day")).statusCode(200);
        StringBuilder rows = new StringBuilder();
        int total = 5_001;
        for (int i = 0; i < total; i++) {
            rows.append("{\"externalId\": \"").append(m).append('-').append(i).append("\", \"eventExternalId\": \"")
                    .append(m).append("-ev\", \"attendeeRole\": \"officer\", \"attended\": true, \"attendeeKey\": \"")
                    .append(pseudonym(m + i + "@example.org")).append("\"}\n");
        }
        var accepted = push(partner("solace"), "attendances", NDJSON, rows.toString()).statusCode(202)
                .header("Location", matchesRegex(".*/api/v1/imports/[0-9]+$"))
                .body("received", equalTo(total)).extract();
        String location = accepted.header("Location");
        String status = accepted.jsonPath().getString("status");
        for (int poll = 0; poll < 120 && status.equals("running"); poll++) {
            Thread.sleep(250);
            status = partner("solace").when().get(location).then().statusCode(200)
                    .body("processed", lessThanOrEqualTo(total)).extract().jsonPath().getString("status");
        }
        partner("solace").when().get(location).then().body("status", equalTo("completed"))
                .body("processed", equalTo(total)).body("created", equalTo(total));
        assertEquals(total, count("select count(*) from attendance where external_id like '" + m + "-%'"));
        assertEquals(total, count("select count(*) from audit_entry a join import_job j on j.id = a.import_id "
                + "where a.entity_type = 'attendance' and j.id = " + location.substring(location.lastIndexOf('/') + 1)));
    }

    private static String totalLeadership(String externalId, String date) {
        return "{\"externalId\": \"" + externalId + "\", \"programme\": \"total-leadership\", \"title\": \"" + externalId
                + "\", \"type\": \"webinar\", \"format\": \"online\", \"startDate\": \"" + date + "\"}";
    }
}
