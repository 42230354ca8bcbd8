package uk.gov.local.sectorsupport.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import uk.gov.local.sectorsupport.common.error.RequestRefusedException;

/**
 * Pushes per client per minute, counted in PostgreSQL so that every replica shares the count: one upsert a push.
 * Over the limit is a 429 with `Retry-After`, the seconds to the next minute.
 */
@ApplicationScoped
class PushRateLimit {

    @Inject
    EntityManager entityManager;

    @Inject
    ImportConfig config;

    void count(String clientId) {
        Object[] window = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery("""
                insert into rate_limit_window as w (client_id, window_start, requests)
                values (?1, date_trunc('minute', now()), 1)
                on conflict (client_id, window_start) do update set requests = w.requests + 1
                returning w.requests, ceil(extract(epoch from (w.window_start + interval '1 minute' - now())))""")
                .setParameter(1, clientId).getSingleResult());
        int requests = ((Number) window[0]).intValue();
        if (requests > config.pushesPerMinute()) {
            long retryAfter = Math.max(1, ((Number) window[1]).longValue());
            throw RequestRefusedException.tooManyRequests("At most " + config.pushesPerMinute() + " pushes a minute "
                    + "per client; this one was not read. Try again in " + retryAfter + " seconds.", retryAfter);
        }
    }
}
