package uk.gov.local.sectorsupport.demo;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/** Batch inserts of a {@link DemoData} set, then moves the identity sequences past the ids it used. */
final class DemoDataWriter {

    private DemoDataWriter() {
    }

    static void write(Connection connection, DemoData data) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into peer (id, kind, name, email, phone, job_title, political_group, home_council_gss_code,
                                  accreditation_date, active, sex, ethnic_group)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (DemoData.PeerRow p : data.peers()) {
                insert.setLong(1, p.id());
                insert.setString(2, p.kind());
                insert.setString(3, p.name());
                insert.setString(4, p.email());
                insert.setString(5, p.phone());
                insert.setString(6, p.jobTitle());
                insert.setString(7, p.politicalGroup());
                insert.setString(8, p.homeCouncil());
                setDate(insert, 9, p.accreditationDate());
                insert.setBoolean(10, p.active());
                insert.setString(11, p.sex());
                insert.setString(12, p.ethnicGroup());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into peer_challenge (id, type, council_gss_code, status, requested_date, on_site_start_date,
                    on_site_end_date, peer_challenge_manager, report_published_date, action_plan_published_date,
                    follows_up_id, notes)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                PreparedStatement focus = connection.prepareStatement(
                        "insert into peer_challenge_focus_area (peer_challenge_id, focus_area) values (?, ?)")) {
            for (DemoData.ChallengeRow c : data.challenges()) {
                insert.setLong(1, c.id());
                insert.setString(2, c.type());
                insert.setString(3, c.council());
                insert.setString(4, c.status());
                setDate(insert, 5, c.requestedDate());
                setDate(insert, 6, c.onSiteStartDate());
                setDate(insert, 7, c.onSiteEndDate());
                insert.setString(8, c.manager());
                setDate(insert, 9, c.reportPublishedDate());
                setDate(insert, 10, c.actionPlanPublishedDate());
                if (c.followsUpId() == null) {
                    insert.setNull(11, Types.BIGINT);
                } else {
                    insert.setLong(11, c.followsUpId());
                }
                insert.setString(12, c.notes());
                insert.addBatch();
                for (String area : c.focusAreas()) {
                    focus.setLong(1, c.id());
                    focus.setString(2, area);
                    focus.addBatch();
                }
            }
            insert.executeBatch();
            focus.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into peer_challenge_team_member (peer_challenge_id, peer_id, role, days) values (?, ?, ?, ?)")) {
            for (DemoData.TeamRow t : data.team()) {
                insert.setLong(1, t.challengeId());
                insert.setLong(2, t.peerId());
                insert.setString(3, t.role());
                insert.setBigDecimal(4, t.days());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        advanceSequence(connection, "peer");
        advanceSequence(connection, "peer_challenge");
    }

    /**
     * Explicit ids do not advance an identity column: without this the first record a user adds would collide.
     * Never moves a sequence back (setval is not undone by a rollback, and ids already handed out stay taken).
     */
    static void advanceSequence(Connection connection, String table) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("select setval(pg_get_serial_sequence('%1$s', 'id'), greatest((select max(id) from %1$s), "
                    .formatted(table) + "nextval(pg_get_serial_sequence('%s', 'id'))))".formatted(table));
        }
    }

    private static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(date));
        }
    }
}
