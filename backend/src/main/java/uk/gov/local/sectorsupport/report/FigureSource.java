package uk.gov.local.sectorsupport.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.gov.local.sectorsupport.common.FinancialYear;
import uk.gov.local.sectorsupport.council.Region;
import uk.gov.local.sectorsupport.metric.MetricDefinition;

/**
 * The SQL of the records a metric counts over, for one financial year: one row per record with the same columns
 * whatever the activity, so every kind aggregates the same way.
 *
 * <pre>
 * ref          'type:id', the record's reference (as a snapshot stores it)
 * fy           the financial year it falls in, by its start year
 * record_type, record_id, record_date, label   for the drill-down
 * raw_council  the council the record is about, as recorded (null for an event)
 * raw_region   the event's region (events have no council)
 * person       the person (pseudonymous key, or the peer) for distinct participants and attribute shares
 * days         days given (team members, support engagements)
 * answer       the survey question's answer, null if unanswered
 * eligible     the peer challenge counts towards the condition's denominator
 * met          it meets the condition
 * attr         the self-reported attribute, null if not reported
 * </pre>
 */
final class FigureSource {

    /**
     * Where and when a figure is evaluated: the financial year {@code year}, or with {@code years} > 1 that many
     * years up to it at once (the rows' {@code fy} column tells them apart).
     */
    record Scope(FinancialYear year, CouncilCounting councils, Region region, LocalDate today, int years) {
        Scope(FinancialYear year, CouncilCounting councils, Region region, LocalDate today) {
            this(year, councils, region, today, 1);
        }

        Scope previous() {
            return new Scope(new FinancialYear(year.startYear() - 1), councils, region, today, years);
        }

        /** The same place over {@code count} years ending with this one. */
        Scope spanning(int count) {
            return new Scope(year, councils, region, today, count);
        }

        FinancialYear first() {
            return new FinancialYear(year.startYear() - years + 1);
        }
    }

    /**
     * The financial year (by its start year) a date in the scope falls in. Comparisons with the years' first days
     * rather than extract(): extract gives numeric, and that arithmetic on every row was a fifth of the survey figures.
     */
    private static String yearOf(String date, Scope scope) {
        if (scope.years() == 1) {
            return String.valueOf(scope.year().startYear());
        }
        StringBuilder sql = new StringBuilder("case");
        for (int year = scope.year().startYear(); year > scope.first().startYear(); year--) {
            sql.append(" when ").append(date).append(" >= date '").append(new FinancialYear(year).firstDay())
                    .append("' then ").append(year);
        }
        return sql.append(" else ").append(scope.first().startYear()).append(" end").toString();
    }

    /** SQL with its positional parameters; a String[] parameter is bound as a text array. */
    record Sql(String text, List<Object> parameters) {
    }

    private static final String STATUS_DELIVERED = "status not in ('requested', 'scoped', 'cancelled')";
    private static final String CHALLENGE_DATE = "coalesce(pc.on_site_start_date, pc.requested_date)";
    private static final String PROGRAMME_THEME = "exists (select 1 from programme p where p.id = %s and p.theme = ?)";

    private FigureSource() {
    }

    /** The source rows of {@code d} in {@code scope}, filtered by everything but the region. */
    static Sql of(MetricDefinition d, Scope scope) {
        List<Object> parameters = new ArrayList<>();
        String sql = switch (d.activity()) {
            case PEER_CHALLENGE -> peerChallenges(d, scope, parameters);
            case TEAM_MEMBER -> teamMembers(d, scope, parameters);
            case EVENT -> events(d, scope, parameters);
            case ATTENDANCE -> attendances(d, scope, parameters);
            case ENROLMENT -> enrolments(d, scope, parameters);
            case PARTICIPATION -> "(" + attendances(d, scope, parameters) + ") union all ("
                    + enrolments(d, scope, parameters) + ")";
            case SUPPORT_ENGAGEMENT -> engagements(d, scope, parameters);
            case SURVEY_RESPONSE -> surveyResponses(d, scope, parameters);
        };
        return new Sql(inRegion(sql, scope, parameters), parameters);
    }

    /** The source rows in the scope's region, if it has one. */
    private static String inRegion(String sql, Scope scope, List<Object> parameters) {
        if (scope.region() == null) {
            return sql;
        }
        parameters.add(scope.region().code());
        parameters.add(scope.region().code());
        return "select * from (" + sql + ") r where r.raw_region = ? or " + scope.councils().inRegion("r.raw_council", "?");
    }

    private static String peerChallenges(MetricDefinition d, Scope scope, List<Object> parameters) {
        StringBuilder sql = new StringBuilder("select 'peer-challenge:' || pc.id as ref, " + yearOf(CHALLENGE_DATE, scope) + " as fy, 'peer-challenge' as record_type, "
                + "pc.id::text as record_id, " + CHALLENGE_DATE + " as record_date, "
                + "upper(replace(pc.type, '-', ' ')) || ', ' || c.name as label, pc.council_gss_code as raw_council, "
                + "null::text as raw_region, null::text as person, null::numeric as days, null::text as answer, ");
        sql.append(condition(d.condition(), parameters, scope.today()));
        sql.append(", null::text as attr from peer_challenge pc join council c on c.gss_code = pc.council_gss_code where pc.");
        sql.append(STATUS_DELIVERED);
        challengeFilters(d, scope, parameters, sql);
        return sql.toString();
    }

    /** The eligible and met columns of a peer challenge condition (both true when there is none). */
    private static String condition(String condition, List<Object> parameters, LocalDate today) {
        if ("published-within-5-months".equals(condition)) {
            parameters.add(today);
            return "pc.on_site_end_date is not null and (pc.on_site_end_date + interval '5 months' <= ? "
                    + "or (pc.report_published_date is not null and pc.action_plan_published_date is not null)) as eligible, "
                    + "coalesce(pc.report_published_date <= pc.on_site_end_date + interval '5 months' "
                    + "and pc.action_plan_published_date <= pc.on_site_end_date + interval '5 months', false) as met";
        }
        if ("first-cpc".equals(condition)) {
            // The first CPC in its area: none before it for this council, its predecessors or successors.
            return "true as eligible, not exists (select 1 from council_today here "
                    + "join council_today there on there.today_gss_code = here.today_gss_code "
                    + "join peer_challenge e on e.council_gss_code = there.gss_code "
                    + "where here.gss_code = pc.council_gss_code and e.type = 'cpc' and e." + STATUS_DELIVERED
                    + " and e.id <> pc.id and (coalesce(e.on_site_start_date, e.requested_date), e.id) < ("
                    + CHALLENGE_DATE + ", pc.id)) as met";
        }
        return "true as eligible, true as met";
    }

    private static void challengeFilters(MetricDefinition d, Scope scope, List<Object> parameters, StringBuilder sql) {
        sql.append(" and ").append(CHALLENGE_DATE).append(" between ? and ?");
        parameters.add(scope.first().firstDay());
        parameters.add(scope.year().lastDay());
        anyOf(sql, parameters, "pc.type", d.peerChallengeTypes());
    }

    private static String teamMembers(MetricDefinition d, Scope scope, List<Object> parameters) {
        StringBuilder sql = new StringBuilder("select 'team-member:' || tm.id as ref, " + yearOf(CHALLENGE_DATE, scope) + " as fy, 'team-member' as record_type, "
                + "tm.id::text as record_id, " + CHALLENGE_DATE + " as record_date, "
                + "replace(tm.role, '-', ' ') || ' on the ' || upper(replace(pc.type, '-', ' ')) || ' of ' || c.name as label, "
                + "pc.council_gss_code as raw_council, null::text as raw_region, 'peer:' || tm.peer_id as person, "
                + "tm.days as days, null::text as answer, true as eligible, true as met, ");
        sql.append(d.attribute() == null ? "null::text" : "p." + attributeColumn(d.attribute()));
        sql.append(" as attr from peer_challenge_team_member tm join peer_challenge pc on pc.id = tm.peer_challenge_id "
                + "join peer p on p.id = tm.peer_id join council c on c.gss_code = pc.council_gss_code where pc.");
        sql.append(STATUS_DELIVERED);
        challengeFilters(d, scope, parameters, sql);
        anyOf(sql, parameters, "tm.role", d.teamRoles());
        return sql.toString();
    }

    private static String events(MetricDefinition d, Scope scope, List<Object> parameters) {
        StringBuilder sql = new StringBuilder("select 'event:' || e.id as ref, " + yearOf("e.start_date", scope) + " as fy, 'event' as record_type, e.id::text as record_id, "
                + "e.start_date as record_date, e.title as label, null::varchar as raw_council, e.region as raw_region, "
                + "null::text as person, null::numeric as days, null::text as answer, true as eligible, true as met, "
                + "null::text as attr from event e where e.withdrawn_at is null");
        eventFilters(d, scope, parameters, sql);
        return sql.toString();
    }

    private static void eventFilters(MetricDefinition d, Scope scope, List<Object> parameters, StringBuilder sql) {
        sql.append(" and e.start_date between ? and ?");
        parameters.add(scope.first().firstDay());
        parameters.add(scope.year().lastDay());
        programmeFilters(d, parameters, sql, "e.programme_id");
    }

    private static String attendances(MetricDefinition d, Scope scope, List<Object> parameters) {
        StringBuilder sql = new StringBuilder("select 'attendance:' || a.id as ref, " + yearOf("e.start_date", scope) + " as fy, 'attendance' as record_type, "
                + "a.id::text as record_id, e.start_date as record_date, e.title as label, "
                + "a.council_gss_code as raw_council, null::text as raw_region, a.attendee_key as person, "
                + "null::numeric as days, null::text as answer, true as eligible, true as met, null::text as attr "
                + "from attendance a join event e on e.id = a.event_id "
                + "where a.attended and a.withdrawn_at is null and e.withdrawn_at is null");
        eventFilters(d, scope, parameters, sql);
        anyOf(sql, parameters, "a.attendee_role", d.roles());
        return sql.toString();
    }

    private static String enrolments(MetricDefinition d, Scope scope, List<Object> parameters) {
        StringBuilder sql = new StringBuilder("select 'enrolment:' || n.id as ref, co.financial_year as fy, 'enrolment' as record_type, "
                + "n.id::text as record_id, co.start_date as record_date, co.name as label, "
                + "n.council_gss_code as raw_council, null::text as raw_region, n.participant_key as person, "
                + "null::numeric as days, null::text as answer, true as eligible, true as met, ");
        sql.append(d.attribute() == null ? "null::text" : "n." + attributeColumn(d.attribute()));
        sql.append(" as attr from enrolment n join cohort co on co.id = n.cohort_id where n.status <> 'withdrawn' "
                + "and n.withdrawn_at is null and co.withdrawn_at is null and co.financial_year between ? and ?");
        parameters.add(scope.first().startYear());
        parameters.add(scope.year().startYear());
        programmeFilters(d, parameters, sql, "co.programme_id");
        anyOf(sql, parameters, "n.participant_role", d.roles());
        return sql.toString();
    }

    private static String engagements(MetricDefinition d, Scope scope, List<Object> parameters) {
        StringBuilder sql = new StringBuilder("select 'support-engagement:' || s.id as ref, " + yearOf("s.start_date", scope) + " as fy, 'support-engagement' as "
                + "record_type, s.id::text as record_id, s.start_date as record_date, "
                + "replace(s.type, '-', ' ') || ', ' || c.name as label, s.council_gss_code as raw_council, "
                + "null::text as raw_region, null::text as person, s.days_delivered as days, null::text as answer, "
                + "true as eligible, true as met, null::text as attr "
                + "from support_engagement s join council c on c.gss_code = s.council_gss_code "
                + "where s.withdrawn_at is null and s.start_date between ? and ?");
        parameters.add(scope.first().firstDay());
        parameters.add(scope.year().lastDay());
        programmeFilters(d, parameters, sql, "s.programme_id");
        anyOf(sql, parameters, "s.type", d.engagementTypes());
        return sql.toString();
    }

    private static String surveyResponses(MetricDefinition d, Scope scope, List<Object> parameters) {
        String rows = surveyRows(scope, parameters);
        return "select s.*, " + surveyAnswer(d) + " as answer from (" + rows + ") s where "
                + surveyFilter(d, parameters);
    }

    /**
     * The survey responses of the scope's years with the columns of every other source, and what survey metrics
     * filter on and count: {@code subject}, {@code programme}, {@code theme}, {@code respondent_role}, and each
     * question's answer (null if unanswered). Every survey metric is {@link #surveyFilter} and {@link #surveyAnswer}
     * over these rows, so several can be counted in one scan.
     */
    static Sql surveyRows(Scope scope) {
        List<Object> parameters = new ArrayList<>();
        return new Sql(inRegion(surveyRows(scope, parameters), scope, parameters), parameters);
    }

    private static String surveyRows(Scope scope, List<Object> parameters) {
        String subject = "case when r.event_id is not null then 'event' when r.peer_challenge_id is not null then "
                + "'peer-challenge' when r.support_engagement_id is not null then 'support-engagement' else 'cohort' end";
        parameters.add(scope.first().firstDay());
        parameters.add(scope.year().lastDay());
        return "select 'survey-response:' || r.id as ref, " + yearOf("r.submitted_date", scope) + " as fy, 'survey-response' as record_type, "
                + "r.id::text as record_id, r.submitted_date as record_date, 'Response about a ' || replace(" + subject
                + ", '-', ' ') as label, r.council_gss_code as raw_council, null::text as raw_region, "
                + "null::text as person, null::numeric as days, true as eligible, true as met, null::text as attr, "
                + subject + " as subject, r.subject_programme_id as programme, "
                + "rp.theme as theme, r.respondent_role, r.satisfaction::text as satisfaction, "
                + "nullif(r.positive_impact, 'not-answered') as positive_impact, "
                + "nullif(r.increased_confidence, 'not-answered') as increased_confidence, "
                + "nullif(r.would_recommend, 'not-answered') as would_recommend from survey_response r "
                // The subject's programme is kept on the response (V23), so the subjects are not joined.
                + "left join programme rp on rp.id = r.subject_programme_id "
                + "where r.withdrawn_at is null and r.submitted_date between ? and ? "
                // Not merged into the statements over it: each column is worked out once a row, not once a use.
                + "offset 0";
    }

    /** SQL over {@link #surveyRows}: the responses the survey metric {@code d} counts. */
    static String surveyFilter(MetricDefinition d, List<Object> parameters) {
        StringBuilder sql = new StringBuilder("true");
        anyOf(sql, parameters, "subject", d.surveySubjects());
        anyOf(sql, parameters, "programme", d.programmes());
        if (d.theme() != null) {
            sql.append(" and theme = ?");
            parameters.add(d.theme());
        }
        anyOf(sql, parameters, "respondent_role", d.roles());
        return sql.toString();
    }

    /** The column of {@link #surveyRows} with the answer to {@code d}'s question. */
    static String surveyAnswer(MetricDefinition d) {
        return d.question() == null ? "null::text" : switch (d.question()) {
            case "satisfaction" -> "satisfaction";
            case "positive-impact" -> "positive_impact";
            case "increased-confidence" -> "increased_confidence";
            default -> "would_recommend";
        };
    }

    private static void programmeFilters(MetricDefinition d, List<Object> parameters, StringBuilder sql, String programme) {
        anyOf(sql, parameters, programme, d.programmes());
        if (d.theme() != null) {
            sql.append(" and ").append(PROGRAMME_THEME.formatted(programme));
            parameters.add(d.theme());
        }
    }

    private static void anyOf(StringBuilder sql, List<Object> parameters, String column, List<String> values) {
        if (values != null && !values.isEmpty()) {
            sql.append(" and ").append(column).append(" = any(?)");
            parameters.add(values.toArray(String[]::new));
        }
    }

    private static String attributeColumn(String attribute) {
        return switch (attribute) {
            case "sex" -> "sex";
            case "ethnic-group" -> "ethnic_group";
            case "disability" -> "disability";
            default -> throw new IllegalArgumentException("Unknown attribute " + attribute);
        };
    }
}
