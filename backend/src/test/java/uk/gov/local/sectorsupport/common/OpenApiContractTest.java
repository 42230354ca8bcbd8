package uk.gov.local.sectorsupport.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * openapi/openapi.yaml is the contract partners code against and the SPA's client is generated from.
 * It must be exactly what the running code serves. `make openapi` rewrites it (-Dopenapi.update=true).
 */
@QuarkusTest
class OpenApiContractTest {

    static final Path COMMITTED = Path.of("..", "openapi", "openapi.yaml");

    @Test
    void committedDocumentShouldMatchTheRunningCode() throws IOException {
        String served = given().accept("application/yaml").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        assertEquals(committed, served,
                "openapi/openapi.yaml differs from the code's OpenAPI document; run `make openapi` and commit it");
    }
}
