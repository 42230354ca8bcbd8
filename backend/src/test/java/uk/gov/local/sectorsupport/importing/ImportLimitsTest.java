package uk.gov.local.sectorsupport.importing;

import static org.hamcrest.Matchers.*;
import static uk.gov.local.sectorsupport.importing.ImportFixtures.*;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The documented limits, made small here so that a test can reach them: rows, bytes and pushes a minute. */
@QuarkusTest
@TestProfile(ImportLimitsTest.SmallLimits.class)
class ImportLimitsTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sector-support.imports.max-rows", "3", "sector-support.imports.max-body-bytes", "2000",
                    "sector-support.imports.pushes-per-minute", "4");
        }
    }

    @Test
    void shouldRefuseTooManyRowsTooManyBytesAndTooManyPushes() {
        String m = marker();
        String row = springboardEvent(m, m) + "\n";
        push(user("staff").queryParam("organisation", "solace"), "events", NDJSON, row.repeat(4)).statusCode(413)
                .contentType("application/problem+json").body("detail", containsString("at most 3"));
        push(user("staff").queryParam("organisation", "solace"), "events", NDJSON, row + " ".repeat(2000))
                .statusCode(413).body("detail", containsString("at most 2000"));
        int status = 0;
        for (int i = 0; i < 6 && status != 429; i++) {
            status = push(partner("adass"), "events", NDJSON, "").extract().statusCode();
        }
        long imports = count("select count(*) from import_job");
        push(partner("adass"), "events", NDJSON, "").statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesRegex("[1-9][0-9]?"));
        org.junit.jupiter.api.Assertions.assertEquals(imports, count("select count(*) from import_job"));
    }
}
