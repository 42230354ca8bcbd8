package uk.gov.local.sectorsupport.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Builds events and bookings through the API, as the given caller (staff or admin). */
public final class EventFixtures {

    private EventFixtures() {
    }

    /** A word no other test's titles contain, to find only this test's events with `q`. */
    public static String marker() {
        return "evt" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A valid in-person masterclass body; {@code fields} override the defaults (a null value removes the field). */
    public static Map<String, Object> event(String title, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "programme", "sustainability-masterclasses",
                "title", title,
                "type", "masterclass",
                "format", "in-person",
                "startDate", "2024-10-08",
                "region", "north-west"));
        fields.forEach((key, value) -> {
            if (value == null) {
                body.remove(key);
            } else {
                body.put(key, value);
            }
        });
        return body;
    }

    public static long createEvent(RequestSpecification caller, Map<String, Object> body) {
        return caller.contentType(ContentType.JSON).body(body).when().post("/api/v1/events")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long createEvent(Map<String, Object> body) {
        return createEvent(given(), body);
    }

    public static long attend(RequestSpecification caller, long event, String council, String role, boolean attended) {
        Map<String, Object> body = new HashMap<>(Map.of("attendeeRole", role, "attended", attended));
        if (council != null) {
            body.put("council", council);
        }
        return caller.contentType(ContentType.JSON).body(body).when().post("/api/v1/events/" + event + "/attendances")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long attend(long event, String council, String role, boolean attended) {
        return attend(given(), event, council, role, attended);
    }
}
