package uk.gov.local.sectorsupport.demo;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes {@link DemoActivity} with PostgreSQL's COPY (tens of thousands of rows in well under a second), in the
 * caller's transaction, then moves the identity sequences past the ids it used.
 */
final class DemoActivityWriter {

    private DemoActivityWriter() {
    }

    static void writeDeliverables(Connection connection, List<DemoActivity.DeliverableRow> rows) throws SQLException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        copy(copy, "deliverable (id, programme_id, financial_year, statement, target_value, target_unit, metric_key)",
                rows, d -> new Object[] { d.id(), d.programme(), d.financialYear(), d.statement(), d.targetValue(),
                        d.targetUnit(), d.metricKey() });
        DemoDataWriter.advanceSequence(connection, "deliverable");
    }

    static void writeActivity(Connection connection, DemoActivity activity) throws SQLException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        copy(copy, "event (id, programme_id, title, type, format, start_date, end_date, region, venue, capacity, "
                + "organisation_id, external_id)", activity.events(),
                e -> new Object[] { e.id(), e.programme(), e.title(), e.type(), e.format(), e.startDate(), e.endDate(),
                        e.region(), e.venue(), e.capacity(), e.organisation(), e.externalId() });
        copy(copy, "attendance (id, event_id, council_gss_code, attendee_role, attendee_key, attended, organisation_id, "
                + "external_id)", activity.attendances(),
                a -> new Object[] { a.id(), a.eventId(), a.council(), a.role(), a.attendeeKey(), a.attended(),
                        a.organisation(), a.externalId() });
        copy(copy, "cohort (id, programme_id, name, financial_year, start_date, end_date, organisation_id, external_id)",
                activity.cohorts(), c -> new Object[] { c.id(), c.programme(), c.name(), c.financialYear(), c.startDate(),
                        c.endDate(), c.organisation(), c.externalId() });
        copy(copy, "enrolment (id, cohort_id, participant_key, council_gss_code, participant_role, status, sex, "
                + "ethnic_group, disability, organisation_id, external_id)", activity.enrolments(),
                e -> new Object[] { e.id(), e.cohortId(), e.participantKey(), e.council(), e.role(), e.status(), e.sex(),
                        e.ethnicGroup(), e.disability(), e.organisation(), e.externalId() });
        copy(copy, "support_engagement (id, programme_id, council_gss_code, type, start_date, end_date, days_delivered, "
                + "lead_adviser, notes, organisation_id, external_id)", activity.engagements(),
                e -> new Object[] { e.id(), e.programme(), e.council(), e.type(), e.startDate(), e.endDate(),
                        e.daysDelivered(), e.leadAdviser(), e.notes(), e.organisation(), e.externalId() });
        copy(copy, "survey_response (id, event_id, peer_challenge_id, support_engagement_id, cohort_id, respondent_role, "
                + "council_gss_code, satisfaction, positive_impact, increased_confidence, would_recommend, comment, "
                + "submitted_date, organisation_id, external_id)", activity.surveys(),
                s -> new Object[] { s.id(), s.eventId(), s.peerChallengeId(), s.engagementId(), s.cohortId(), s.role(),
                        s.council(), s.satisfaction(), s.positiveImpact(), s.increasedConfidence(), s.wouldRecommend(),
                        s.comment(), s.submittedDate(), s.organisation(), s.externalId() });
        for (String table : List.of("event", "attendance", "cohort", "enrolment", "support_engagement", "survey_response")) {
            DemoDataWriter.advanceSequence(connection, table);
        }
    }

    /** COPY in PostgreSQL's text format: tab-separated, \N for null, backslash escapes. */
    private static <T> void copy(CopyManager copy, String target, List<T> rows, Function<T, Object[]> values)
            throws SQLException {
        StringBuilder text = new StringBuilder(rows.size() * 100);
        for (T row : rows) {
            Object[] fields = values.apply(row);
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                append(text, fields[i]);
            }
            text.append('\n');
        }
        try {
            copy.copyIn("copy " + target + " from stdin", new StringReader(text.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY into " + target + " failed", e);
        }
    }

    private static void append(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof Boolean b) {
            text.append(b ? 't' : 'f');
        } else if (value instanceof BigDecimal d) {
            text.append(d.toPlainString());
        } else {
            for (char c : value.toString().toCharArray()) {
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(c);
                }
            }
        }
    }
}
