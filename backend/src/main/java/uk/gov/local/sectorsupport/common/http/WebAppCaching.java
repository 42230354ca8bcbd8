package uk.gov.local.sectorsupport.common.http;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;

/**
 * How browsers may cache the web app. Only Vite's content-hashed files under /assets/ may be kept for good (a new
 * build has new names); index.html and every SPA route revalidate, so a release reaches users at their next visit
 * instead of a day later. The API and /q/ endpoints set their own headers.
 */
@Singleton
public class WebAppCaching {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String path = context.normalizedPath();
            if (!path.startsWith("/api/") && !path.startsWith("/q/")) {
                String policy = path.startsWith("/assets/") ? IMMUTABLE : REVALIDATE;
                // Set as the headers go out, so it wins over what the static handler put there.
                context.addHeadersEndHandler(ignored -> context.response().headers()
                        .set(HttpHeaders.CACHE_CONTROL, policy));
            }
            context.next();
        }, 10);
    }
}
