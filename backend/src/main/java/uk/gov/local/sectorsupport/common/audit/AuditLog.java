package uk.gov.local.sectorsupport.common.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
        List<AuditChange> changes = withhold(diff(before, after), withheld);
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

    /** One record's entry in a batch written by {@link #recordAll}. */
    public record BatchEntry(String entityId, String action, Integer version, Map<String, String> before,
            Map<String, String> after) {
    }

    /**
     * Records many writes of one kind as one change set (a partner's import): one statement for all of them, each
     * entry naming the import. Entries whose snapshots do not differ are left out.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(Connection connection, String entityType, String actor, long importId,
            List<BatchEntry> entries, Set<String> withheld) throws SQLException {
        List<String> ids = new ArrayList<>();
        List<String> actions = new ArrayList<>();
        List<String> versions = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        for (BatchEntry entry : entries) {
            List<AuditChange> diff = withhold(diff(entry.before(), entry.after()), withheld);
            if (!diff.isEmpty()) {
                ids.add(entry.entityId());
                actions.add(entry.action());
                versions.add(entry.version() == null ? null : entry.version().toString());
                changes.add(write(diff));
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into audit_entry (entity_type, entity_id, action, actor, occurred_at, entity_version, changes,"
                        + " import_id) select ?, u.id, u.action, ?, now(), u.version::integer, u.changes::jsonb, ?"
                        + " from unnest(?::text[], ?::text[], ?::text[], ?::text[]) as u(id, action, version, changes)")) {
            insert.setString(1, entityType);
            insert.setString(2, actor);
            insert.setLong(3, importId);
            insert.setArray(4, connection.createArrayOf("text", ids.toArray()));
            insert.setArray(5, connection.createArrayOf("text", actions.toArray()));
            insert.setArray(6, connection.createArrayOf("text", versions.toArray()));
            insert.setArray(7, connection.createArrayOf("text", changes.toArray()));
            insert.executeUpdate();
        }
    }

    private static List<AuditChange> withhold(List<AuditChange> changes, Set<String> withheld) {
        return changes.stream()
                .map(change -> withheld.contains(change.field()) ? new AuditChange(change.field(),
                        change.from() == null ? null : WITHHELD, change.to() == null ? null : WITHHELD) : change)
                .toList();
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
