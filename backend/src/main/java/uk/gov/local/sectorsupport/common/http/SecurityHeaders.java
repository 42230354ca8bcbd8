package uk.gov.local.sectorsupport.common.http;

import java.net.URI;
import java.util.Map;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import uk.gov.local.sectorsupport.common.SectorSupportConfig;

/**
 * The browser-side defences on every response. The web app gets a Content-Security-Policy that runs only its own
 * script files (Vite emits no inline script and index.html has none) and lets it talk to the identity provider; API
 * answers (and /q/ health, metrics and OpenAPI) are data, so their policy allows nothing at all. Swagger UI
 * (/q/swagger-ui, a developer tool) is built on inline script and gets no policy, only the other headers.
 */
@Singleton
public class SecurityHeaders {

    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private static final Map<String, String> ALWAYS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer",
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
            "Cross-Origin-Opener-Policy", "same-origin",
            "Cross-Origin-Resource-Policy", "same-origin");

    /** Null in dev mode (see SectorSupportConfig.Web). */
    private final String webAppPolicy;

    SecurityHeaders(SectorSupportConfig config) {
        this.webAppPolicy = config.web().contentSecurityPolicy()
                ? webAppPolicy(origin(config.web().identityProviderUrl()))
                : null;
    }

    /**
     * Scripts, styles, fonts and images only from our origin (Vite inlines files under 4 kB as data: URIs); fetches to the API and the identity provider; forms and frames (silent renew) to the identity
     * provider; never framed, no plugins, no base-URI games.
     */
    private static String webAppPolicy(String identityProviderOrigin) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; "
                + "connect-src 'self' " + identityProviderOrigin + "; frame-src " + identityProviderOrigin + "; "
                + "form-action 'self' " + identityProviderOrigin + "; frame-ancestors 'none'; base-uri 'self'; "
                + "object-src 'none'";
    }

    private static String origin(URI url) {
        return url.getScheme() + "://" + url.getAuthority();
    }

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String path = context.normalizedPath();
            String policy = path.startsWith("/q/swagger-ui") ? null
                    : path.startsWith("/api/") || path.startsWith("/q/") ? API_POLICY
                    : webAppPolicy;
            // Set as the headers go out, so they hold for every answer, errors and static files included.
            context.addHeadersEndHandler(ignored -> {
                MultiMap headers = context.response().headers();
                ALWAYS.forEach(headers::set);
                if (policy != null) {
                    headers.set("Content-Security-Policy", policy);
                }
            });
            context.next();
        }, 20);
    }
}
