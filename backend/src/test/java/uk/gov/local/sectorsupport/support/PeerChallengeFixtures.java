package uk.gov.local.sectorsupport.support;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Builds peers and peer challenges through the API, as the current test identity (staff or admin). */
public final class PeerChallengeFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private PeerChallengeFixtures() {
    }

    /** A peer with a unique name; {@code fields} override the defaults. */
    public static long peer(String kind, String homeCouncil, Map<String, Object> fields) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "kind", kind,
                "name", "Test Peer " + kind + " " + SEQUENCE.incrementAndGet(),
                "homeCouncil", homeCouncil,
                "accreditationDate", "2020-05-01"));
        if (kind.equals("member")) {
            body.put("politicalGroup", "independent");
        }
        body.putAll(fields);
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/peers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long peer(String kind, String homeCouncil) {
        return peer(kind, homeCouncil, Map.of());
    }

    /** Creates a peer challenge from the given body and returns the response (201 expected). */
    public static Response create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/peer-challenges")
                .then().statusCode(201).extract().response();
    }

    public static long challenge(Map<String, Object> body) {
        return create(body).jsonPath().getLong("id");
    }

    /** A CPC held and fully published: on site {@code start}–{@code end}, report and action plan a month later. */
    public static long publishedCpc(String type, String council, String start, String end) {
        java.time.LocalDate last = java.time.LocalDate.parse(end);
        return challenge(Map.of("type", type, "council", council, "status", "action-plan-published",
                "requestedDate", java.time.LocalDate.parse(start).minusMonths(6).toString(),
                "onSiteStartDate", start, "onSiteEndDate", end,
                "reportPublishedDate", last.plusMonths(1).toString(),
                "actionPlanPublishedDate", last.plusMonths(2).toString()));
    }

    public static String etag(String path) {
        return given().when().get(path).then().statusCode(200).extract().header("ETag");
    }
}
