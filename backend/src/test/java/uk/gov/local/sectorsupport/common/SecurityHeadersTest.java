package uk.gov.local.sectorsupport.common;

import static io.restassured.RestAssured.given;

import java.net.URI;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import uk.gov.local.sectorsupport.support.KeycloakTokens;

/**
 * The browser-side defences on API answers (errors included), the ops endpoints and the web app's routes.
 */
@QuarkusTest
class SecurityHeadersTest {

    private static final String NOTHING_ALLOWED =
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Test
    void shouldSendTheHeadersOnApiAnswersOfEveryKind() {
        expectSecurityHeaders(given().auth().oauth2(KeycloakTokens.user("staff")).when().get("/api/v1/councils/E06000047")
                .then().statusCode(200));
        expectSecurityHeaders(given().when().get("/api/v1/councils").then().statusCode(401));
        expectSecurityHeaders(given().auth().oauth2(KeycloakTokens.user("staff")).when().get("/api/v1/no-such-thing")
                .then().statusCode(404));
        expectSecurityHeaders(given().when().get("/q/health/ready").then().statusCode(200));
    }

    @Test
    void shouldLetTheWebAppRunOnlyItsOwnScriptsAndTalkToTheConfiguredIdentityProvider() {
        URI issuer = URI.create(KeycloakTokens.REALM_URL);
        String origin = issuer.getScheme() + "://" + issuer.getAuthority();
        String webApp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "font-src 'self' data:; connect-src 'self' " + origin + "; frame-src " + origin + "; "
                + "form-action 'self' " + origin + "; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
        // Quinoa builds the web app into the jar only, so here its routes answer 404: with its headers all the same.
        // infra/tests/security-headers.sh checks the real pages and assets.
        for (String page : new String[] { "/", "/councils/E06000047" }) {
            expectSecurityHeaders(given().when().get(page).then(), webApp);
        }
    }

    private static void expectSecurityHeaders(ValidatableResponse response) {
        expectSecurityHeaders(response, NOTHING_ALLOWED);
    }

    private static void expectSecurityHeaders(ValidatableResponse response, String policy) {
        response.header("Content-Security-Policy", policy)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()")
                .header("Cross-Origin-Opener-Policy", "same-origin")
                .header("Cross-Origin-Resource-Policy", "same-origin");
    }
}
