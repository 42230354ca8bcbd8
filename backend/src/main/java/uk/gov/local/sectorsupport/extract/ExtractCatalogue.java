package uk.gov.local.sectorsupport.extract;

import static uk.gov.local.sectorsupport.extract.ExtractColumn.of;
import static uk.gov.local.sectorsupport.extract.ExtractColumn.pseudonym;
import static uk.gov.local.sectorsupport.extract.ExtractColumn.redacted;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every dataset analysts can pull, and what each column holds. */
final class ExtractCatalogue {

    private static final String ORGANISATION = "Id of the organisation the record belongs to";
    private static final String EXTERNAL_ID = "The owning organisation's own identifier for the record";
    private static final String COUNCIL = "GSS code of the council";
    private static final String COUNCIL_REGION = "(select c.region from council c where c.gss_code = %s)";

    private static final Map<String, ExtractDataset> DATASETS = new LinkedHashMap<>();

    static {
        add(new ExtractDataset("councils", "Every English council since 2012, with reorganisations", "council",
                "gss_code", false, List.of(
                        of("gssCode", "string", "t.gss_code", "GSS code, such as E06000047"),
                        of("name", "string", "t.name", "Name"),
                        of("type", "string", "t.type", "county, district, unitary, metropolitan-district, "
                                + "london-borough, combined-authority …"),
                        of("region", "string", "t.region", "English region"),
                        of("startDate", "date", "t.start_date", "First day, when known"),
                        of("endDate", "date", "t.end_date", "Last day, for a council that no longer exists"),
                        of("countyGssCode", "string", "t.county_gss_code", "The county a district lies in"),
                        of("combinedAuthorityGssCode", "string", "t.combined_authority_gss_code",
                                "The combined authority it belongs to"),
                        of("successorGssCodes", "string", "(select string_agg(s.successor_gss_code, ' ' order by "
                                + "s.successor_gss_code) from council_succession s where s.predecessor_gss_code = "
                                + "t.gss_code)", "Space-separated GSS codes of its successors after reorganisation")),
                false, false, null, null, "t.gss_code", "t.region"));
        add(new ExtractDataset("organisations", "The LGA and its delivery partners", "organisation", "id", false,
                List.of(of("id", "string", "t.id", "Organisation id"), of("name", "string", "t.name", "Short name"),
                        of("fullName", "string", "t.full_name", "Full name"),
                        of("role", "string", "t.role", "lga or partner")),
                false, false, null, null, null, null));
        add(new ExtractDataset("programmes", "The programme catalogue", "programme", "id", false, List.of(
                of("id", "string", "t.id", "Programme id"), of("name", "string", "t.name", "Name"),
                of("theme", "string", "t.theme", "Theme"), of("funder", "string", "t.funder", "Funder"),
                of("deliveringOrganisation", "string", "t.delivering_organisation_id", "Id of the organisation "
                        + "that delivers it"),
                of("audience", "string", "t.audience", "Who it is for"),
                of("activeFromYear", "integer", "t.active_from_year", "First financial year, by its start year"),
                of("activeToYear", "integer", "t.active_to_year", "Last financial year, by its start year; "
                        + "absent while active")),
                true, false, null, "t.id", null, null));
        add(new ExtractDataset("deliverables", "Programmes' targets per financial year", "deliverable", "id", true,
                List.of(of("id", "integer", "t.id", "Deliverable id"),
                        of("programme", "string", "t.programme_id", "Programme id"),
                        of("financialYear", "string", financialYear("t.financial_year"), "Financial year, such as "
                                + "2024-25"),
                        of("statement", "string", "t.statement", "The target as the business plan states it"),
                        of("targetValue", "number", "t.target_value", "The target"),
                        of("targetUnit", "string", "t.target_unit", "count or per-cent"),
                        of("metricKey", "string", "t.metric_key", "The metric that measures it")),
                true, false, "make_date(t.financial_year, 4, 1)", "t.programme_id", null, null));
        add(new ExtractDataset("peers", "The peer pool, without names or contact details (diversity data is "
                + "only ever counted)", "peer", "id", true, List.of(
                        of("id", "integer", "t.id", "Peer id"), of("kind", "string", "t.kind", "member or officer"),
                        of("politicalGroup", "string", "t.political_group", "Member peers' political group"),
                        of("homeCouncil", "string", "t.home_council_gss_code", COUNCIL + " the peer comes from"),
                        of("accreditationDate", "date", "t.accreditation_date", "When accredited"),
                        of("active", "boolean", "t.active", "Whether in the pool now")),
                true, false, null, null, "t.home_council_gss_code", COUNCIL_REGION.formatted("t.home_council_gss_code")));
        add(new ExtractDataset("peer-challenges", "Peer challenges and their lifecycle", "peer_challenge", "id", true,
                List.of(of("id", "integer", "t.id", "Peer challenge id"),
                        of("type", "string", "t.type", "cpc, fpc, gpc, cpc-progress-review …"),
                        of("council", "string", "t.council_gss_code", COUNCIL + " challenged"),
                        of("status", "string", "t.status", "Where it stands"),
                        of("requestedDate", "date", "t.requested_date", "When requested"),
                        of("onSiteStartDate", "date", "t.on_site_start_date", "First day on site"),
                        of("onSiteEndDate", "date", "t.on_site_end_date", "Last day on site"),
                        of("reportPublishedDate", "date", "t.report_published_date", "Report published"),
                        of("actionPlanPublishedDate", "date", "t.action_plan_published_date", "Action plan published"),
                        of("followsUpId", "integer", "t.follows_up_id", "For a progress review: the CPC it follows")),
                true, false, "coalesce(t.on_site_start_date, t.requested_date)", null, "t.council_gss_code",
                COUNCIL_REGION.formatted("t.council_gss_code")));
        add(new ExtractDataset("peer-team-roles", "Who served on each peer team, by peer id, with days", 
                "peer_challenge_team_member", "id", true, List.of(
                        of("id", "integer", "t.id", "Team place id"),
                        of("peerChallengeId", "integer", "t.peer_challenge_id", "Peer challenge id"),
                        of("peerId", "integer", "t.peer_id", "Peer id"),
                        of("role", "string", "t.role", "lead-member-peer, member-peer, officer-peer …"),
                        of("days", "number", "t.days", "Days given")),
                true, false, null, null, null, null));
        add(new ExtractDataset("events", "Events run under the programmes", "event", "id", true, List.of(
                of("id", "integer", "t.id", "Event id"), of("programme", "string", "t.programme_id", "Programme id"),
                of("title", "string", "t.title", "Title"), of("type", "string", "t.type", "Kind of event"),
                of("format", "string", "t.format", "in-person, online or hybrid"),
                of("startDate", "date", "t.start_date", "First day"), of("endDate", "date", "t.end_date", "Last day"),
                of("region", "string", "t.region", "Region where held; absent online"),
                of("capacity", "integer", "t.capacity", "Places offered"),
                of("organisation", "string", "t.organisation_id", ORGANISATION),
                of("externalId", "string", "t.external_id", EXTERNAL_ID)),
                true, true, "t.start_date", "t.programme_id", null, "t.region"));
        add(new ExtractDataset("attendances", "Bookings on events, by pseudonymous attendee", "attendance", "id", true,
                List.of(of("id", "integer", "t.id", "Attendance id"), of("eventId", "integer", "t.event_id", "Event id"),
                        of("council", "string", "t.council_gss_code", COUNCIL + " of the attendee"),
                        of("attendeeRole", "string", "t.attendee_role", "councillor, officer, chief-executive, other"),
                        pseudonym("attendeeKey", "t.attendee_key", "The person, as a key stable for your client "
                                + "only (HMAC of the stored pseudonym with your own secret)"),
                        of("attended", "boolean", "t.attended", "False for a booking not attended"),
                        of("organisation", "string", "t.organisation_id", ORGANISATION),
                        of("externalId", "string", "t.external_id", EXTERNAL_ID)),
                true, true, "(select e.start_date from event e where e.id = t.event_id)",
                "(select e.programme_id from event e where e.id = t.event_id)", "t.council_gss_code",
                COUNCIL_REGION.formatted("t.council_gss_code")));
        add(new ExtractDataset("cohorts", "Intakes of programmes", "cohort", "id", true, List.of(
                of("id", "integer", "t.id", "Cohort id"), of("programme", "string", "t.programme_id", "Programme id"),
                of("name", "string", "t.name", "Name"),
                of("financialYear", "string", financialYear("t.financial_year"), "Financial year reported in"),
                of("startDate", "date", "t.start_date", "First day"), of("endDate", "date", "t.end_date", "Last day"),
                of("organisation", "string", "t.organisation_id", ORGANISATION),
                of("externalId", "string", "t.external_id", EXTERNAL_ID)),
                true, true, "make_date(t.financial_year, 4, 1)", "t.programme_id", null, null));
        add(new ExtractDataset("enrolments", "Participants on cohorts, by pseudonymous key (diversity only ever "
                + "counted)", "enrolment", "id", true, List.of(
                        of("id", "integer", "t.id", "Enrolment id"), of("cohortId", "integer", "t.cohort_id", "Cohort id"),
                        pseudonym("participantKey", "t.participant_key", "The person, as a key stable for your "
                                + "client only"),
                        of("council", "string", "t.council_gss_code", COUNCIL + " (host council for placements)"),
                        of("participantRole", "string", "t.participant_role", "Role"),
                        of("status", "string", "t.status", "enrolled, completed or withdrawn"),
                        of("organisation", "string", "t.organisation_id", ORGANISATION),
                        of("externalId", "string", "t.external_id", EXTERNAL_ID)),
                true, true, "(select make_date(c.financial_year, 4, 1) from cohort c where c.id = t.cohort_id)",
                "(select c.programme_id from cohort c where c.id = t.cohort_id)", "t.council_gss_code",
                COUNCIL_REGION.formatted("t.council_gss_code")));
        add(new ExtractDataset("support-engagements", "Bespoke support to one council", "support_engagement", "id",
                true, List.of(of("id", "integer", "t.id", "Engagement id"),
                        of("programme", "string", "t.programme_id", "Programme id"),
                        of("council", "string", "t.council_gss_code", COUNCIL + " supported"),
                        of("type", "string", "t.type", "Kind of support"),
                        of("startDate", "date", "t.start_date", "First day"),
                        of("endDate", "date", "t.end_date", "Last day; absent while it continues"),
                        of("daysDelivered", "number", "t.days_delivered", "Days delivered"),
                        of("organisation", "string", "t.organisation_id", ORGANISATION),
                        of("externalId", "string", "t.external_id", EXTERNAL_ID)),
                true, true, "t.start_date", "t.programme_id", "t.council_gss_code",
                COUNCIL_REGION.formatted("t.council_gss_code")));
        add(new ExtractDataset("survey-responses", "Feedback on events, peer challenges, engagements and cohorts",
                "survey_response", "id", true, List.of(
                        of("id", "integer", "t.id", "Response id"),
                        of("subjectType", "string", "case when t.event_id is not null then 'event' when "
                                + "t.peer_challenge_id is not null then 'peer-challenge' when t.support_engagement_id "
                                + "is not null then 'support-engagement' else 'cohort' end", "What it is about"),
                        of("subjectId", "integer", "coalesce(t.event_id, t.peer_challenge_id, "
                                + "t.support_engagement_id, t.cohort_id)", "Id of the event, peer challenge, "
                                + "engagement or cohort"),
                        of("respondentRole", "string", "t.respondent_role", "Role"),
                        of("council", "string", "t.council_gss_code", COUNCIL + " of the respondent"),
                        of("satisfaction", "integer", "t.satisfaction", "1 very dissatisfied to 5 very satisfied"),
                        of("positiveImpact", "string", "t.positive_impact", "yes, no or not-answered"),
                        of("increasedConfidence", "string", "t.increased_confidence", "yes, no or not-answered"),
                        of("wouldRecommend", "string", "t.would_recommend", "yes, no or not-answered"),
                        redacted("comment", "t.comment", "Free text, with e-mail addresses, phone numbers, postcodes "
                                + "and peers' names replaced by [email], [phone], [postcode] and [name]"),
                        of("submittedDate", "date", "t.submitted_date", "When given"),
                        of("organisation", "string", "t.organisation_id", ORGANISATION),
                        of("externalId", "string", "t.external_id", EXTERNAL_ID)),
                true, true, "t.submitted_date", "t.subject_programme_id",
                "t.council_gss_code", COUNCIL_REGION.formatted("t.council_gss_code")));
        add(new ExtractDataset("imports", "Partners' pushes and what they did", "import_job", "id", true, List.of(
                of("id", "integer", "t.id", "Import id"), of("dataset", "string", "t.dataset", "Dataset pushed"),
                of("organisation", "string", "t.organisation_id", ORGANISATION),
                of("clientId", "string", "t.client_id", "The partner's client, or the member of staff"),
                of("status", "string", "t.status", "running, completed, rejected or failed"),
                of("dryRun", "boolean", "t.dry_run", "Only checked"), of("mode", "string", "t.mode", "Mode"),
                of("received", "integer", "t.received", "Rows received"),
                of("created", "integer", "t.created", "Records created"),
                of("updated", "integer", "t.updated", "Records updated"),
                of("unchanged", "integer", "t.unchanged", "Rows unchanged"),
                of("rejected", "integer", "t.rejected", "Rows rejected"),
                of("withdrawn", "integer", "t.withdrawn", "Records withdrawn"),
                of("startedAt", "date-time", "t.started_at", "When pushed"),
                of("completedAt", "date-time", "t.completed_at", "When finished")),
                true, false, "t.started_at", "t.scope_programme_id", null, null));
    }

    private ExtractCatalogue() {
    }

    static List<ExtractDataset> all() {
        return List.copyOf(DATASETS.values());
    }

    static Optional<ExtractDataset> find(String name) {
        return Optional.ofNullable(DATASETS.get(name));
    }

    private static void add(ExtractDataset dataset) {
        DATASETS.put(dataset.name(), dataset);
    }

    /** `2024` as `2024-25`. */
    private static String financialYear(String startYear) {
        return startYear + " || '-' || lpad(((" + startYear + " + 1) % 100)::text, 2, '0')";
    }
}
