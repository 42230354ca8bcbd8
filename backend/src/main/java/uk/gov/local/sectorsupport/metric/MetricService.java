package uk.gov.local.sectorsupport.metric;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.gov.local.sectorsupport.common.audit.AuditLog;
import uk.gov.local.sectorsupport.common.error.InvalidFieldsException;
import uk.gov.local.sectorsupport.common.error.Problem.FieldError;
import uk.gov.local.sectorsupport.common.error.ResourceNotFoundException;
import uk.gov.local.sectorsupport.common.http.IfMatch;
import uk.gov.local.sectorsupport.common.security.CurrentActor;
import uk.gov.local.sectorsupport.programme.Programme;

/** The declared metrics: read by everyone who reads reports, written (each write a new, audited version) by admins. */
@ApplicationScoped
public class MetricService {

    @Inject
    ObjectMapper json;

    @Inject
    AuditLog audit;

    @Inject
    CurrentActor actor;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** Every metric in report order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Metric> all() {
        return Metric.list("order by section, position, key");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Metric> find(String key) {
        return Metric.findByIdOptional(key);
    }

    public MetricView view(Metric metric) {
        return new MetricView(metric.key, metric.label, metric.section, metric.position, metric.kind,
                metric.kind.label(), metric.unit, definition(metric), metric.sentence, metric.version, metric.updatedAt);
    }

    public MetricDefinition definition(Metric metric) {
        try {
            return json.readValue(metric.definition, MetricDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Metric " + metric.key + " has an unreadable definition", e);
        }
    }

    /**
     * Creates the metric, or replaces it as its next version: a metric that exists needs the If-Match of its
     * version (checked first, so an update without it is a 428 whatever the body).
     */
    @Transactional
    public Saved put(String key, String ifMatch, @Valid @NotNull MetricUpdate update) {
        Metric metric = Metric.findById(key);
        if (metric != null) {
            IfMatch.required(ifMatch).check(metric.version);
        }
        List<String> programmes = Programme.<Programme>listAll().stream().map(programme -> programme.id).toList();
        var errors = MetricRules.check(key, update, programmes,
                base -> Metric.<Metric>findByIdOptional(base).map(found -> found.kind).orElse(null));
        if (update.kind() == MetricKind.CHANGE_ON_PREVIOUS_YEAR && changesOf(key) > 0) {
            errors = new ArrayList<>(errors);
            errors.add(new FieldError("kind", "other metrics are this one's change on the previous year, so it "
                    + "cannot become one itself"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        boolean created = metric == null;
        Map<String, String> before = created ? Map.of() : snapshot(metric);
        if (created) {
            metric = new Metric();
            metric.key = key;
            metric.version = 1;
        } else {
            metric.version++;
        }
        metric.label = update.label().strip();
        metric.section = update.section().strip();
        metric.position = update.position() == null ? 0 : update.position();
        metric.kind = update.kind();
        metric.unit = update.unit();
        metric.definition = write(update.definition());
        metric.sentence = update.sentence().strip();
        metric.updatedAt = Instant.now(clock);
        if (created) {
            metric.persist();
        }
        entityManager.flush();
        entityManager.createNativeQuery("insert into metric_version (metric_key, version, body, changed_by, changed_at) "
                + "values (?1, ?2, cast(?3 as jsonb), ?4, ?5)")
                .setParameter(1, key).setParameter(2, metric.version).setParameter(3, write(view(metric)))
                .setParameter(4, actor.name()).setParameter(5, metric.updatedAt).executeUpdate();
        audit.record(Metric.AUDIT_TYPE, key, created ? "created" : "updated", metric.version, before, snapshot(metric));
        return new Saved(created, view(metric));
    }

    /** A metric as written, and whether it is new. */
    public record Saved(boolean created, MetricView metric) {
    }

    /** How many change-on-previous-year metrics take this one as their base. */
    private long changesOf(String key) {
        return Metric.<Metric>list("kind", MetricKind.CHANGE_ON_PREVIOUS_YEAR).stream()
                .filter(metric -> key.equals(definition(metric).baseMetric())).count();
    }

    private Map<String, String> snapshot(Metric metric) {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("label", metric.label);
        snapshot.put("section", metric.section);
        snapshot.put("position", Integer.toString(metric.position));
        snapshot.put("kind", metric.kind.code());
        snapshot.put("unit", metric.unit.code());
        snapshot.put("definition", metric.definition);
        snapshot.put("sentence", metric.sentence);
        return snapshot;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A key as the path gives it: lower-case words joined by hyphens, or a 400. */
    static String checkedKey(String key) {
        if (key == null || !key.matches("[a-z0-9]+(-[a-z0-9]+)*") || key.length() > 100) {
            throw new InvalidFieldsException(List.of(new FieldError("key",
                    "must be lower-case letters and digits in words joined by hyphens, at most 100 characters")));
        }
        return key;
    }

    public static ResourceNotFoundException notFound(String key) {
        return new ResourceNotFoundException("There is no metric with key " + key + ".");
    }
}
