package uk.gov.local.sectorsupport.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;

/**
 * A web form sends every filter, blank when unused (`?programme=&theme=`): blank must mean "absent" on every
 * list, never an empty list or a 400.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class BlankQueryParametersTest {

    private static final Map<String, List<String>> LISTS = new LinkedHashMap<>();

    static {
        LISTS.put("/api/v1/councils", List.of("region", "type", "nation", "status", "q", "sort", "page", "size"));
        LISTS.put("/api/v1/organisations", List.of("page", "size"));
        LISTS.put("/api/v1/peers", List.of("kind", "active", "accredited", "council", "politicalGroup", "q", "page",
                "size"));
        LISTS.put("/api/v1/peer-challenges",
                List.of("financialYear", "type", "status", "region", "council", "page", "size"));
        LISTS.put("/api/v1/peer-challenges/coverage", List.of("asOf", "region", "type"));
        LISTS.put("/api/v1/peer-challenges/900001/peer-suggestions", List.of("kind", "size"));
        LISTS.put("/api/v1/programmes",
                List.of("theme", "funder", "organisation", "audience", "financialYear", "q", "page", "size"));
        LISTS.put("/api/v1/deliverables",
                List.of("financialYear", "programme", "theme", "organisation", "metricKey", "page", "size"));
        LISTS.put("/api/v1/events", List.of("financialYear", "programme", "theme", "region", "council", "type",
                "format", "organisation", "q", "page", "size"));
        LISTS.put("/api/v1/events/900001/attendances", List.of("council", "attendeeRole", "attended", "page", "size"));
        LISTS.put("/api/v1/support-engagements", List.of("financialYear", "programme", "theme", "region", "council",
                "type", "organisation", "page", "size"));
        LISTS.put("/api/v1/cohorts", List.of("financialYear", "programme", "theme", "council", "region",
                "organisation", "q", "page", "size"));
        LISTS.put("/api/v1/cohorts/900001/enrolments", List.of("council", "status", "page", "size"));
        LISTS.put("/api/v1/councils/E07000223/timeline", List.of("financialYear", "kind"));
        List<String> surveyFilters = List.of("subjectType", "event", "peerChallenge", "supportEngagement", "cohort",
                "financialYear", "programme", "theme", "region", "council", "respondentRole", "organisation");
        LISTS.put("/api/v1/survey-responses", Stream.concat(surveyFilters.stream(), Stream.of("page", "size")).toList());
        LISTS.put("/api/v1/survey-responses/summary", surveyFilters);
    }

    @Test
    void blankFiltersShouldMeanAbsentOnEveryList() {
        LISTS.forEach((path, parameters) -> {
            String unfiltered = given().when().get(path).then().statusCode(200).extract().asString();
            for (String blank : new String[] { "", "  " }) {
                RequestSpecification request = given();
                parameters.forEach(parameter -> request.queryParam(parameter, blank));
                String filtered = request.when().get(path).then().statusCode(200).extract().asString();
                assertEquals(unfiltered, filtered, path + " with every parameter \"" + blank + "\"");
            }
        });
    }
}
