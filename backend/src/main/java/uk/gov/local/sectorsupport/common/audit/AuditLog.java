package uk.gov.local.sectorsupport.common.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Sort;
import uk.gov.local.sectorsupport.common.security.CurrentActor;

/**
 * The audit trail. Services call {@link #record} inside their own transaction, so a write and its audit entry
 * commit or roll back together. (Our own table: the Quarkus Envers extension is not published for this platform.)
 */
@ApplicationScoped
public class AuditLog {

    static final String WITHHELD = "withheld";

    private static final TypeReference<List<AuditChange>> CHANGES = new TypeReference<>() {
    };

    @Inject
    CurrentActor actor;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    /** Records the difference between two snapshots (field → value as text); nothing when nothing changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, Object entityId, String action, Integer version,
            Map<String, String> before, Map<String, String> after) {
        record(entityType, entityId, action, version, before, after, Set.of());
    }

    /** As above, but the values of the {@code withheld} fields (e.g. diversity data) are recorded only as "withheld". */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, Object entityId, String action, Integer version,
            Map<String, String> before, Map<String, String> after, Set<String> withheld) {
        List<AuditChange> changes = diff(before, after).stream()
                .map(change -> withheld.contains(change.field()) ? new AuditChange(change.field(),
                        change.from() == null ? null : WITHHELD, change.to() == null ? null : WITHHELD) : change)
                .toList();
        if (changes.isEmpty()) {
            return;
        }
        AuditEntry entry = new AuditEntry();
        entry.entityType = entityType;
        entry.entityId = entityId.toString();
        entry.action = action;
        entry.actor = actor.name();
        entry.occurredAt = OffsetDateTime.now(clock);
        entry.entityVersion = version;
        entry.changes = write(changes);
        entry.persist();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntryView> history(String entityType, Object entityId) {
        return AuditEntry.<AuditEntry>list("entityType = ?1 and entityId = ?2", Sort.ascending("id"),
                entityType, entityId.toString()).stream()
                .map(entry -> new AuditEntryView(entry.occurredAt, entry.actor, entry.action, entry.entityVersion,
                        read(entry.changes)))
                .toList();
    }

    static List<AuditChange> diff(Map<String, String> before, Map<String, String> after) {
        List<AuditChange> changes = new ArrayList<>();
        for (String field : new TreeSet<>(union(before, after))) {
            String from = before.get(field);
            String to = after.get(field);
            if (!Objects.equals(from, to)) {
                changes.add(new AuditChange(field, from, to));
            }
        }
        return changes;
    }

    private static TreeSet<String> union(Map<String, String> a, Map<String, String> b) {
        TreeSet<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private String write(List<AuditChange> changes) {
        try {
            return json.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit changes are plain strings and always serialisable", e);
        }
    }

    private List<AuditChange> read(String changes) {
        try {
            return json.readValue(changes, CHANGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable audit entry", e);
        }
    }
}
