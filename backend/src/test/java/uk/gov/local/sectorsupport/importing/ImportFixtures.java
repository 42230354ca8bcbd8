package uk.gov.local.sectorsupport.importing;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import uk.gov.local.sectorsupport.support.KeycloakTokens;

/** Pushes as the demo partners and staff, with real Keycloak tokens, and pseudonyms as partners derive them. */
final class ImportFixtures {

    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";
    /** The key the LGA issues to partners, as the integration guide's example uses it. */
    static final String PARTNER_PSEUDONYM_KEY = "example-key-issued-by-the-lga";

    private ImportFixtures() {
    }

    static RequestSpecification partner(String organisation) {
        return given().auth().oauth2(KeycloakTokens.partner(organisation));
    }

    static RequestSpecification user(String name) {
        return given().auth().oauth2(KeycloakTokens.user(name));
    }

    static ValidatableResponse push(RequestSpecification caller, String dataset, String contentType, String body) {
        return caller.contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/imports/" + dataset).then();
    }

    /** A word no other test uses, for this test's external ids. */
    static String marker() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** HMAC-SHA-256 of the trimmed, lower-cased e-mail address, in hex: how a partner derives a person's key. */
    static String pseudonym(String email) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(PARTNER_PSEUDONYM_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(email.strip().toLowerCase().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) ImportJob.getEntityManager()
                .createNativeQuery(sql).getSingleResult()).longValue());
    }

    /** A Springboard event row for Solace (an in-person day in the North East). */
    static String springboardEvent(String externalId, String title) {
        return "{\"externalId\": \"" + externalId + "\", \"programme\": \"springboard\", \"title\": \"" + title
                + "\", \"type\": \"training-course\", \"format\": \"in-person\", \"startDate\": \"2025-06-12\","
                + " \"region\": \"north-east\"}";
    }
}
