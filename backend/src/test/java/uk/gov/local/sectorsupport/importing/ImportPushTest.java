package uk.gov.local.sectorsupport.importing;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.gov.local.sectorsupport.importing.ImportFixtures.*;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Pushing each format, and what comes back: created, updated, unchanged, rejected and why. */
@QuarkusTest
class ImportPushTest {

    @Test
    void shouldCreateThenFindUnchangedThenUpdateEventsPushedAsNdjson() {
        String m = marker();
        String body = springboardEvent(m + "-1", m + " leading change") + "\n"
                + springboardEvent(m + "-2", m + " second day") + "\n";

        push(partner("solace"), "events", NDJSON, body).statusCode(200)
                .body("status", equalTo("completed")).body("dataset", equalTo("events"))
                .body("organisation", equalTo("solace")).body("clientId", equalTo("solace-partner"))
                .body("mode", equalTo("all-or-nothing")).body("dryRun", equalTo(false))
                .body("received", equalTo(2)).body("processed", equalTo(2)).body("created", equalTo(2))
                .body("updated", equalTo(0)).body("unchanged", equalTo(0)).body("rejected", equalTo(0))
                .body("errors", empty()).body("receipt.signature", notNullValue());

        push(partner("solace"), "events", NDJSON, body).statusCode(200)
                .body("created", equalTo(0)).body("unchanged", equalTo(2)).body("updated", equalTo(0));

        String changed = springboardEvent(m + "-1", m + " leading change") + "\n"
                + springboardEvent(m + "-2", m + " second day, renamed") + "\n";
        push(partner("solace"), "events", NDJSON, changed).statusCode(200)
                .body("created", equalTo(0)).body("unchanged", equalTo(1)).body("updated", equalTo(1));

        partner("solace").when().get("/api/v1/events?q=" + m).then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("items.title", hasItem(m + " second day, renamed"))
                .body("items.externalId", hasItems(m + "-1", m + "-2"))
                .body("items.organisation.id", everyItem(equalTo("solace")));
        long id = partner("solace").when().get("/api/v1/events?q=renamed&q=" + m).then().extract().jsonPath()
                .getLong("items.find { it.externalId == '" + m + "-2' }.id");
        user("staff").when().get("/api/v1/events/" + id + "/history").then().statusCode(200)
                .body("actor", everyItem(equalTo("solace-partner")))
                .body("action", contains("created", "updated"))
                .body("[1].changes.field", contains("title"));
    }

    @Test
    void shouldResolveAttendancesToEventsPushedBeforeByTheirExternalIds() {
        String m = marker();
        push(partner("solace"), "events", NDJSON, springboardEvent(m + "-ev", m + " day")).statusCode(200)
                .body("created", equalTo(1));
        String rows = "[{\"externalId\": \"" + m + "-a1\", \"eventExternalId\": \"" + m + "-ev\","
                + " \"council\": \"E06000047\", \"attendeeRole\": \"officer\", \"attended\": true,"
                + " \"attendeeKey\": \"" + pseudonym("Sam.Patel@durham.gov.uk ") + "\"},"
                + "{\"externalId\": \"" + m + "-a2\", \"eventExternalId\": \"" + m + "-nope\","
                + " \"attendeeRole\": \"officer\", \"attended\": true, \"attendeeKey\": \"" + pseudonym("b@x.org") + "\"},"
                + "{\"externalId\": \"" + m + "-a3\", \"eventExternalId\": \"" + m + "-ev\","
                + " \"attendeeRole\": \"officer\", \"attended\": true, \"attendeeKey\": \"Sam Patel\"},"
                + "{\"externalId\": \"" + m + "-a4\", \"eventExternalId\": \"" + m + "-ev\", \"council\": \"E06999999\","
                + " \"attendeeRole\": \"officer\", \"attended\": true, \"attendeeKey\": \"" + pseudonym("c@x.org") + "\"}]";

        push(partner("solace"), "attendances", ContentType.JSON.toString(), rows + "").statusCode(200)
                .body("status", equalTo("rejected")).body("created", equalTo(0)).body("rejected", equalTo(3))
                .body("errors.row", contains(2, 3, 4))
                .body("errors.field", contains("eventExternalId", "attendeeKey", "council"))
                .body("errors[2].message", equalTo("there is no council with GSS code E06999999"))
                .body("errors[0].message", equalTo("Solace has no event with external id " + m
                        + "-nope; push the event first"))
                .body("errors[1].message", containsString("64 hex characters"));
        assertEquals(0, count("select count(*) from attendance where external_id like '" + m + "%'"));

        push(partner("solace").queryParam("mode", "partial"), "attendances", ContentType.JSON.toString(), rows)
                .statusCode(200).body("status", equalTo("completed")).body("mode", equalTo("partial"))
                .body("created", equalTo(1)).body("rejected", equalTo(3));
        assertEquals(1, count("select count(*) from attendance a join event e on e.id = a.event_id where "
                + "a.external_id = '" + m + "-a1' and e.external_id = '" + m + "-ev' and a.organisation_id = 'solace' "
                + "and a.attendee_key = '" + pseudonym("sam.patel@durham.gov.uk") + "'"));
    }

    @Test
    void shouldReportEveryBadRowOfAJsonArrayWithTheFieldAndWriteNothing() {
        String m = marker();
        long eventsBefore = count("select count(*) from event");
        String rows = "[" + springboardEvent(m + "-ok", m + " fine") + ","
                + "{\"externalId\": \"" + m + "-type\", \"programme\": \"springboard\", \"title\": \"x\","
                + " \"type\": \"training-course\", \"format\": \"in-person\", \"startDate\": \"2025-06-12\","
                + " \"region\": \"north-east\", \"capacity\": \"lots\"},"
                + "{\"externalId\": \"" + m + "-dates\", \"programme\": \"springboard\", \"title\": \"x\","
                + " \"type\": \"webinar\", \"format\": \"online\", \"startDate\": \"2025-06-12\", \"endDate\": \"2025-06-01\"},"
                + "{\"programme\": \"springboard\", \"title\": \"no id\", \"type\": \"webinar\", \"format\": \"online\","
                + " \"startDate\": \"2025-06-12\"},"
                + "{\"externalId\": \"" + m + "-missing\", \"programme\": \"springboard\"},"
                + springboardEvent(m + "-ok", m + " again") + ","
                + "{\"externalId\": \"" + m + "-other\", \"programme\": \"partners-in-care-and-health\", \"title\": \"x\","
                + " \"type\": \"webinar\", \"format\": \"online\", \"startDate\": \"2025-06-12\"},"
                + "{\"externalId\": \"" + m + "-extra\", \"programme\": \"springboard\", \"title\": \"x\","
                + " \"type\": \"webinar\", \"format\": \"online\", \"startDate\": \"2025-06-12\", \"colour\": \"red\"},"
                + "42]";

        push(partner("solace"), "events", ContentType.JSON.toString(), rows).statusCode(200)
                .body("status", equalTo("rejected")).body("received", equalTo(9)).body("rejected", equalTo(8))
                .body("errors.findAll { it.row == 2 }.field", contains("capacity"))
                .body("errors.findAll { it.row == 3 }.field", contains("endDate"))
                .body("errors.findAll { it.row == 4 }.field", contains("externalId"))
                .body("errors.findAll { it.row == 5 }.field", hasItems("title", "type", "format", "startDate"))
                .body("errors.findAll { it.row == 6 }.message", contains("is also on row 1: send each record once per push"))
                .body("errors.findAll { it.row == 7 }.message", contains(startsWith("Solace does not deliver "
                        + "Partners in Care and Health")))
                .body("errors.findAll { it.row == 8 }.field", contains("colour"))
                .body("errors.findAll { it.row == 9 }.message", contains("must be a JSON object of the row's fields"))
                .body("receipt", nullValue());
        assertEquals(eventsBefore, count("select count(*) from event"));
    }

    @Test
    void shouldReadCsvWithABomCrlfAndQuotedLineBreaksAndNumberRowsAsASpreadsheetDoes() {
        String m = marker();
        String csv = "\uFEFFexternalId,programme,title,type,format,startDate,region,venue\r\n"
                + m + "-1,springboard,\"" + m + " day, with a comma\",training-course,in-person,2025-06-12,north-east,"
                + "\"Durham\r\nTown Hall\"\r\n"
                + m + "-2,springboard,\"" + m + " \"\"quoted\"\" Ünïcödé\",webinar,online,2025-06-13,,\r\n"
                + m + "-3,springboard," + m + " bad,webinar,online,2025-13-01,,\r\n"
                + m + "-4,springboard," + m + " bad,webinar,online,2025-06-12,mars,\r\n";

        push(partner("solace").queryParam("mode", "partial"), "events", CSV, csv).statusCode(200)
                .body("received", equalTo(4)).body("created", equalTo(2)).body("rejected", equalTo(2))
                .body("errors.row", contains(4, 5))
                .body("errors.field", contains("startDate", "region"))
                .body("errors[1].message", startsWith("must be one of: north-east"));
        partner("solace").when().get("/api/v1/events?q=" + m).then()
                .body("items.title", hasItems(m + " day, with a comma", m + " \"quoted\" Ünïcödé"))
                .body("items.venue", hasItem("Durham\r\nTown Hall"));
    }

    @Test
    void shouldAnswer400ForABodyThatIsNotRowsAnd415ForAnotherMediaType() {
        push(partner("solace"), "events", ContentType.JSON.toString(), "{\"externalId\": \"x\"}").statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
        push(partner("solace"), "events", ContentType.JSON.toString(), "[{\"externalId\": ").statusCode(400)
                .body("errors[0].message", containsString("well-formed JSON"));
        push(partner("solace"), "events", "application/xml", "<events/>").statusCode(415)
                .contentType("application/problem+json");
        push(partner("solace"), "parcels", NDJSON, "{}").statusCode(404)
                .body("detail", containsString("events, attendances, cohorts, enrolments, support-engagements, "
                        + "survey-responses"));
    }

    @Test
    void shouldReadNdjsonLineByLineNumberingBlankLinesAndReportingABrokenLine() {
        String m = marker();
        String body = springboardEvent(m + "-1", m + " one") + "\n\n{\"externalId\": broken\n"
                + springboardEvent(m + "-2", m + " two") + "\n";
        push(partner("solace").queryParam("mode", "partial"), "events", NDJSON, body).statusCode(200)
                .body("created", equalTo(2)).body("rejected", equalTo(1))
                .body("errors[0].row", equalTo(3)).body("errors[0].message", startsWith("is not valid JSON"));
    }

    @Test
    void shouldCheckADryRunFullyAndWriteNothing() {
        String m = marker();
        long events = count("select count(*) from event");
        long audit = count("select count(*) from audit_entry");
        String body = springboardEvent(m + "-1", m + " one") + "\n" + springboardEvent(m + "-2", m + " two") + "\n";

        push(partner("solace").queryParam("dryRun", "true"), "events", NDJSON, body).statusCode(200)
                .body("dryRun", equalTo(true)).body("status", equalTo("completed"))
                .body("created", equalTo(2)).body("receipt.dryRun", equalTo(true));

        assertEquals(events, count("select count(*) from event"));
        assertEquals(audit, count("select count(*) from audit_entry"));
        push(partner("solace"), "events", NDJSON, body).statusCode(200).body("created", equalTo(2));
    }

    @Test
    void shouldLetStaffPushOnBehalfOfAnOrganisationThatTheyName() {
        String m = marker();
        push(user("staff"), "events", NDJSON, springboardEvent(m + "-1", m + " one")).statusCode(400)
                .body("errors[0].field", equalTo("organisation"));
        push(user("staff").queryParam("organisation", "solace"), "events", NDJSON, springboardEvent(m + "-1", m + " one"))
                .statusCode(200).body("created", equalTo(1)).body("clientId", equalTo("staff"))
                .body("organisation", equalTo("solace"));
        push(partner("solace").queryParam("organisation", "adass"), "events", NDJSON, springboardEvent(m + "-2", "x"))
                .statusCode(400).body("errors[0].field", equalTo("organisation"));
        push(user("analyst").queryParam("organisation", "solace"), "events", NDJSON, springboardEvent(m + "-3", "x"))
                .statusCode(403);
    }

    @Test
    void shouldReconcileTheControlCount() {
        String m = marker();
        String body = springboardEvent(m + "-1", m + " one") + "\n" + springboardEvent(m + "-2", m + " two") + "\n";
        push(partner("solace").header("X-Control-Count", "2"), "events", NDJSON, body).statusCode(200)
                .body("controlCount", equalTo(2)).body("controlTotal", equalTo("reconciled"));
        push(partner("solace").header("X-Control-Count", "3"), "events", NDJSON, body).statusCode(200)
                .body("controlTotal", equalTo("count-mismatch"));
        push(partner("solace").header("X-Control-Count", "lots"), "events", NDJSON, body).statusCode(400)
                .body("errors[0].field", equalTo("X-Control-Count"));
    }
}
