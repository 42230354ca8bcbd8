package uk.gov.local.sectorsupport.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import uk.gov.local.sectorsupport.support.KeycloakTokens;

/**
 * Calls every cell of src/test/resources/authorisation-matrix.md with real Keycloak tokens: anonymous, the three demo
 * users, and two partners (Solace, which owns the fixtures, and ADASS).
 */
@QuarkusTest
class AuthorisationMatrixTest {

    private static final List<String> CALLERS = List.of("anonymous", "admin", "staff", "analyst", "partner A",
            "partner B");
    private static final Set<String> HTTP_METHODS = Set.of("get", "post", "put", "patch", "delete");

    record Row(String method, String pathTemplate, String examplePath, Map<String, Integer> expected) {
        String operation() {
            return method + " " + pathTemplate;
        }
    }

    @Test
    void shouldHaveOneRowForEveryOperationInTheOpenApiDocument() throws IOException {
        Set<String> documented = new TreeSet<>();
        Map<String, Map<String, Object>> paths = given().accept(ContentType.JSON).when().get("/q/openapi")
                .then().statusCode(200).extract().path("paths");
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(HTTP_METHODS::contains)
                .forEach(method -> documented.add(method.toUpperCase() + " " + path)));
        Set<String> inMatrix = new TreeSet<>(matrix().stream().map(Row::operation).toList());

        assertEquals(documented, inMatrix, "authorisation-matrix.md must list exactly the documented operations");
    }

    @Test
    void everyCallerShouldGetTheStatusTheMatrixSays() throws IOException {
        List<String> mismatches = new ArrayList<>();
        for (Row row : matrix()) {
            for (String caller : CALLERS) {
                int expected = row.expected().get(caller);
                int actual = request(caller, row.method()).when().request(row.method(), row.examplePath()).statusCode();
                if (actual != expected) {
                    mismatches.add(row.operation() + " as " + caller + ": expected " + expected + ", got " + actual);
                }
            }
        }
        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
    }

    private static RequestSpecification request(String caller, String method) {
        RequestSpecification request = switch (caller) {
            case "anonymous" -> given();
            case "partner A" -> given().auth().oauth2(KeycloakTokens.partner("solace"));
            case "partner B" -> given().auth().oauth2(KeycloakTokens.partner("adass"));
            default -> given().auth().oauth2(KeycloakTokens.user(caller));
        };
        boolean hasBody = Set.of("POST", "PUT", "PATCH").contains(method);
        return hasBody ? request.contentType(ContentType.JSON).body("{}") : request;
    }

    static List<Row> matrix() throws IOException {
        try (InputStream in = AuthorisationMatrixTest.class.getResourceAsStream("/authorisation-matrix.md")) {
            List<Row> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                String[] cells = line.split("\\|");
                if (!line.startsWith("| ") || cells.length < 3 + CALLERS.size() || !cells[1].strip().matches("[A-Z]+ /.*")) {
                    continue;
                }
                String[] operation = cells[1].strip().split(" ", 2);
                Map<String, Integer> expected = new LinkedHashMap<>();
                for (int i = 0; i < CALLERS.size(); i++) {
                    expected.put(CALLERS.get(i), Integer.parseInt(cells[3 + i].strip()));
                }
                rows.add(new Row(operation[0], operation[1], cells[2].strip(), expected));
            }
            return rows;
        }
    }
}
