package uk.gov.local.sectorsupport.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import uk.gov.local.sectorsupport.common.error.Problem.FieldError;
import uk.gov.local.sectorsupport.council.Council;
import uk.gov.local.sectorsupport.programme.Programme;

/**
 * What a push's rows refer to, each looked up once for the whole push: every council and programme (reference
 * data, a few hundred rows) and the organisation's own parent records named by their external ids.
 */
final class ImportReferences {

    /** A parent record (event, cohort, support engagement) as a row refers to it. */
    record Parent(long id, String programmeId, LocalDate startDate, LocalDate endDate) {
    }

    /** The kinds of parent a row can name by the organisation's external id, with the table each lives in. */
    enum ParentKind {
        EVENT("event", "event", "e.start_date", "e.end_date"),
        COHORT("cohort", "cohort", "e.start_date", "e.end_date"),
        SUPPORT_ENGAGEMENT("support engagement", "support_engagement", "e.start_date", "e.end_date");

        final String noun;
        final String table;
        final String startColumn;
        final String endColumn;

        ParentKind(String noun, String table, String startColumn, String endColumn) {
            this.noun = noun;
            this.table = table;
            this.startColumn = startColumn;
            this.endColumn = endColumn;
        }
    }

    /** The parents the rows name, gathered before any is looked up. */
    static final class Wanted {
        final Map<ParentKind, Set<String>> externalIds = new HashMap<>();

        void add(ParentKind kind, String externalId) {
            if (externalId != null) {
                externalIds.computeIfAbsent(kind, k -> new HashSet<>()).add(externalId);
            }
        }
    }

    final String organisation;
    final String organisationName;
    /** A partner may push only into the programmes its organisation delivers; LGA staff into any. */
    final boolean partner;
    final LocalDate today;
    private final Map<String, Council> councils = new HashMap<>();
    private final Map<String, Programme> programmes = new HashMap<>();
    private final Map<ParentKind, Map<String, Parent>> parents = new HashMap<>();

    ImportReferences(String organisation, String organisationName, boolean partner, LocalDate today) {
        this.organisation = organisation;
        this.organisationName = organisationName;
        this.partner = partner;
        this.today = today;
        Council.<Council>listAll().forEach(council -> councils.put(council.gssCode, council));
        Programme.<Programme>find("from Programme p join fetch p.deliveringOrganisation").list()
                .forEach(programme -> programmes.put(programme.id, programme));
    }

    void load(Connection connection, Wanted wanted) throws SQLException {
        for (var entry : wanted.externalIds.entrySet()) {
            ParentKind kind = entry.getKey();
            String programmeColumn = "e.programme_id";
            Map<String, Parent> found = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement("select e.external_id, e.id, " + programmeColumn
                    + ", " + kind.startColumn + ", " + kind.endColumn + " from " + kind.table + " e"
                    + " where e.organisation_id = ? and e.external_id = any (?) and e.withdrawn_at is null")) {
                query.setString(1, organisation);
                query.setArray(2, connection.createArrayOf("text", entry.getValue().toArray()));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.put(rows.getString(1), new Parent(rows.getLong(2), rows.getString(3),
                                rows.getObject(4, LocalDate.class), rows.getObject(5, LocalDate.class)));
                    }
                }
            }
            parents.put(kind, found);
        }
    }

    /** The organisation's parent with that external id, or null with the reason added as an error on {@code field}. */
    Parent parent(ParentKind kind, String externalId, String field, List<FieldError> errors) {
        Parent parent = parents.getOrDefault(kind, Map.of()).get(externalId);
        if (parent == null) {
            errors.add(new FieldError(field, organisationName + " has no " + kind.noun + " with external id "
                    + externalId + "; push the " + kind.noun + " first"));
        }
        return parent;
    }

    /** The council with that GSS code, or null with the reason added as an error on {@code field}. */
    Council council(String gssCode, String field, List<FieldError> errors) {
        Council council = councils.get(gssCode.strip().toUpperCase(Locale.ROOT));
        if (council == null) {
            errors.add(new FieldError(field, "there is no council with GSS code " + gssCode));
        }
        return council;
    }

    /** The council, checked to have existed at some time from {@code from} to {@code to}. */
    Council councilExisting(String gssCode, LocalDate from, LocalDate to, String what, List<FieldError> errors) {
        Council council = council(gssCode, "council", errors);
        if (council == null || from == null) {
            return council;
        }
        LocalDate last = to == null ? from : to;
        if (council.endDate != null && council.endDate.isBefore(from)) {
            errors.add(new FieldError("council", council.name + " ended on " + council.endDate + ", before " + what
                    + " (" + from + ")"));
        } else if (council.startDate != null && council.startDate.isAfter(last)) {
            errors.add(new FieldError("council", council.name + " started on " + council.startDate + ", after "
                    + what + " (" + last + ")"));
        }
        return council;
    }

    /** The programme, checked to be one the pushing partner delivers. */
    Programme programme(String id, List<FieldError> errors) {
        Programme programme = programmes.get(id.strip());
        if (programme == null) {
            errors.add(new FieldError("programme", "there is no programme with id " + id));
        } else if (partner && !programme.deliveringOrganisation.id.equals(organisation)) {
            errors.add(new FieldError("programme", organisationName + " does not deliver " + programme.name
                    + " (it is delivered by " + programme.deliveringOrganisation.name + "); you can push only into "
                    + "the programmes " + organisationName + " delivers: " + String.join(", ", deliveredProgrammes())));
            return null;
        }
        return programme;
    }

    private List<String> deliveredProgrammes() {
        return programmes.values().stream().filter(p -> p.deliveringOrganisation.id.equals(organisation))
                .map(p -> p.id).sorted().toList();
    }
}
