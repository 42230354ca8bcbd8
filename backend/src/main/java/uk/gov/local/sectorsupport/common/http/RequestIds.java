package uk.gov.local.sectorsupport.common.http;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * One id per request, to find a caller's request in the logs: the caller's own X-Request-Id when it is a plain token
 * (so a gateway's or a partner's id carries through), else a new UUID. It goes back as the X-Request-Id response
 * header, into every log line of the request (the MDC, which Quarkus keeps with the request's Vert.x context across
 * threads) and into every problem+json body.
 */
@Singleton
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    /** Letters, digits and . _ - only, at most 64: nothing that could forge a log line or smuggle a header. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** The id of the request being served on this thread, or null outside a request. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }

    /** The task, to run on another thread with this request's id in its log lines (e.g. an import job). */
    public static Runnable carriedOver(Runnable task) {
        String id = current();
        if (id == null) {
            return task;
        }
        return () -> {
            MDC.put(MDC_KEY, id);
            try {
                task.run();
            } finally {
                MDC.remove(MDC_KEY);
            }
        };
    }

    static String accept(String sent) {
        return sent != null && SANE.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
    }

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String id = accept(context.request().getHeader(HEADER));
            MDC.put(MDC_KEY, id);
            context.response().headers().set(HEADER, id);
            context.next();
        }, 1000);
    }
}
