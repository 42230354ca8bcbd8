package uk.gov.local.sectorsupport.timeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import uk.gov.local.sectorsupport.cohort.EnrolmentStatus;
import uk.gov.local.sectorsupport.common.FinancialYear;
import uk.gov.local.sectorsupport.common.ParticipantRole;
import uk.gov.local.sectorsupport.common.security.RecordScope;
import uk.gov.local.sectorsupport.council.Council;
import uk.gov.local.sectorsupport.council.CouncilRef;
import uk.gov.local.sectorsupport.engagement.EngagementType;
import uk.gov.local.sectorsupport.event.EventFormat;
import uk.gov.local.sectorsupport.event.EventType;
import uk.gov.local.sectorsupport.organisation.Organisation;
import uk.gov.local.sectorsupport.organisation.OrganisationRef;
import uk.gov.local.sectorsupport.peerchallenge.PeerChallenge;
import uk.gov.local.sectorsupport.peerchallenge.PeerChallengeStatus;
import uk.gov.local.sectorsupport.peerchallenge.PeerChallengeType;
import uk.gov.local.sectorsupport.programme.Programme;
import uk.gov.local.sectorsupport.programme.ProgrammeRef;
import uk.gov.local.sectorsupport.programme.Theme;
import uk.gov.local.sectorsupport.timeline.TimelineEntry.CohortPart;
import uk.gov.local.sectorsupport.timeline.TimelineEntry.EventPart;
import uk.gov.local.sectorsupport.timeline.TimelineEntry.PeerChallengePart;
import uk.gov.local.sectorsupport.timeline.TimelineEntry.RoleCount;
import uk.gov.local.sectorsupport.timeline.TimelineEntry.SupportEngagementPart;

/**
 * A council's timeline: one aggregate query per kind of support (counts and sums computed by the database), merged
 * and ordered here. It includes the support of the councils it replaced (and those they replaced), each such entry
 * naming that predecessor. Partners see peer challenges (readable by everyone) and only their own organisation's
 * records of the other kinds.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TimelineService {

    private static final Comparator<TimelineEntry> NEWEST_FIRST = Comparator
            .comparing(TimelineEntry::date, Comparator.reverseOrder())
            .thenComparing(TimelineEntry::kind)
            .thenComparing(TimelineEntry::id, Comparator.reverseOrder())
            // The same cohort or event for the council and a predecessor: the council's own first.
            .thenComparing(entry -> entry.predecessor() == null ? "" : entry.predecessor().gssCode());

    @Inject
    EntityManager em;

    @Inject
    RecordScope scope;

    /** Empty when there is no such council. */
    public Optional<CouncilTimeline> timeline(String gssCode, FinancialYear year, TimelineKind kind) {
        Council council = Council.findById(gssCode.strip().toUpperCase(Locale.ROOT));
        if (council == null) {
            return Optional.empty();
        }
        Optional<String> organisation = scope.restrictedToOrganisation();
        Councils councils = new Councils(council);
        List<TimelineEntry> entries = new ArrayList<>();
        if (kind == null || kind == TimelineKind.PEER_CHALLENGE) {
            entries.addAll(peerChallenges(councils, year));
        }
        if (kind == null || kind == TimelineKind.SUPPORT_ENGAGEMENT) {
            entries.addAll(supportEngagements(councils, year, organisation));
        }
        if (kind == null || kind == TimelineKind.COHORT) {
            entries.addAll(cohorts(councils, year, organisation));
        }
        if (kind == null || kind == TimelineKind.EVENT) {
            entries.addAll(events(councils, year, organisation));
        }
        entries.sort(NEWEST_FIRST);
        return Optional.of(new CouncilTimeline(CouncilRef.from(council), entries));
    }

    /**
     * The council and every council it replaced, directly or through earlier reorganisations (Cumberland: Allerdale,
     * Carlisle, Copeland and Cumbria), each predecessor's support to be marked with that predecessor.
     */
    private static final class Councils {
        private final Map<String, CouncilRef> predecessors = new LinkedHashMap<>();
        private final List<String> codes = new ArrayList<>();

        Councils(Council council) {
            codes.add(council.gssCode);
            Deque<Council> toVisit = new ArrayDeque<>(council.predecessors);
            while (!toVisit.isEmpty()) {
                Council predecessor = toVisit.removeFirst();
                if (!predecessor.gssCode.equals(council.gssCode) && !predecessors.containsKey(predecessor.gssCode)) {
                    predecessors.put(predecessor.gssCode, CouncilRef.from(predecessor));
                    codes.add(predecessor.gssCode);
                    toVisit.addAll(predecessor.predecessors);
                }
            }
        }

        /** The GSS codes whose records the timeline shows. */
        List<String> codes() {
            return codes;
        }

        /** The predecessor a record of this council is marked with; null for the council's own. */
        CouncilRef predecessor(Object gssCode) {
            return predecessors.get((String) gssCode);
        }
    }

    private List<TimelineEntry> peerChallenges(Councils councils, FinancialYear year) {
        StringBuilder hql = new StringBuilder("""
                select pc.id, pc.type, pc.status, pc.requestedDate, pc.onSiteStartDate, pc.onSiteEndDate,
                       count(tm.id), coalesce(sum(tm.days), 0), pc.council.gssCode
                from PeerChallenge pc left join pc.team tm
                where pc.council.gssCode in :councils""");
        Map<String, Object> parameters = new HashMap<>(Map.of("councils", councils.codes()));
        if (year != null) {
            hql.append(" and coalesce(pc.onSiteStartDate, pc.requestedDate) between :from and :to");
            inYear(parameters, year);
        }
        hql.append(" group by pc.id, pc.type, pc.status, pc.requestedDate, pc.onSiteStartDate, pc.onSiteEndDate,"
                + " pc.council.gssCode");
        List<Object[]> rows = query(hql.toString(), parameters).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<String> programmeIds = Arrays.stream(PeerChallengeType.values()).map(PeerChallengeType::programmeId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, ProgrammeRef> programmes = Programme.<Programme>list("id in ?1", programmeIds).stream()
                .collect(Collectors.toMap(p -> p.id, ProgrammeRef::from));
        OrganisationRef lga = OrganisationRef.from(Organisation.findById(PeerChallenge.ORGANISATION));
        List<TimelineEntry> entries = new ArrayList<>();
        for (Object[] row : rows) {
            PeerChallengeType type = (PeerChallengeType) row[1];
            PeerChallengeStatus status = (PeerChallengeStatus) row[2];
            LocalDate requested = (LocalDate) row[3];
            LocalDate onSiteStart = (LocalDate) row[4];
            LocalDate onSiteEnd = (LocalDate) row[5];
            long teamSize = ((Number) row[6]).longValue();
            BigDecimal peerDays = decimal(row[7]);
            LocalDate date = onSiteStart != null ? onSiteStart : requested;
            String summary = status.label() + (teamSize == 0 ? ""
                    : "; a team of " + plural(teamSize, "peer") + ", " + days(peerDays) + " peer days");
            entries.add(new TimelineEntry(TimelineKind.PEER_CHALLENGE, TimelineKind.PEER_CHALLENGE.label(),
                    (Long) row[0], date, onSiteStart == null ? null : later(date, onSiteEnd),
                    FinancialYear.of(date).toString(), type.label(), programmes.get(type.programmeId()),
                    summary, lga, councils.predecessor(row[8]),
                    new PeerChallengePart(type, type.label(), status, status.label(), teamSize, peerDays),
                    null, null, null));
        }
        return entries;
    }

    private List<TimelineEntry> supportEngagements(Councils councils, FinancialYear year, Optional<String> organisation) {
        StringBuilder hql = new StringBuilder("""
                select se.id, se.type, se.startDate, se.endDate, se.daysDelivered,
                       p.id, p.name, p.theme, o.id, o.name, se.council.gssCode
                from SupportEngagement se join se.programme p join se.organisation o
                where se.council.gssCode in :councils""");
        Map<String, Object> parameters = new HashMap<>(Map.of("councils", councils.codes()));
        if (year != null) {
            hql.append(" and se.startDate between :from and :to");
            inYear(parameters, year);
        }
        organisation.ifPresent(id -> {
            hql.append(" and o.id = :organisation");
            parameters.put("organisation", id);
        });
        List<TimelineEntry> entries = new ArrayList<>();
        for (Object[] row : query(hql.toString(), parameters).getResultList()) {
            EngagementType type = (EngagementType) row[1];
            LocalDate start = (LocalDate) row[2];
            LocalDate end = (LocalDate) row[3];
            BigDecimal days = decimal(row[4]);
            String summary = days(days) + (days.compareTo(BigDecimal.ONE) == 0 ? " day" : " days") + " delivered"
                    + (end == null ? "; continuing" : "");
            entries.add(new TimelineEntry(TimelineKind.SUPPORT_ENGAGEMENT, TimelineKind.SUPPORT_ENGAGEMENT.label(),
                    (Long) row[0], start, later(start, end), FinancialYear.of(start).toString(), type.label(),
                    programme(row, 5), summary, new OrganisationRef((String) row[8], (String) row[9]),
                    councils.predecessor(row[10]), null, null, null, new SupportEngagementPart(type, type.label(), days)));
        }
        return entries;
    }

    private List<TimelineEntry> cohorts(Councils councils, FinancialYear year, Optional<String> organisation) {
        StringBuilder hql = new StringBuilder("""
                select c.id, c.name, c.financialYear, c.startDate, c.endDate,
                       p.id, p.name, p.theme, o.id, o.name, en.status, count(en.id), en.council.gssCode
                from Enrolment en join en.cohort c join c.programme p join c.organisation o
                where en.council.gssCode in :councils""");
        Map<String, Object> parameters = new HashMap<>(Map.of("councils", councils.codes()));
        if (year != null) {
            hql.append(" and c.financialYear = :year");
            parameters.put("year", year.startYear());
        }
        organisation.ifPresent(id -> {
            hql.append(" and o.id = :organisation and en.organisation.id = :organisation");
            parameters.put("organisation", id);
        });
        hql.append(" group by c.id, c.name, c.financialYear, c.startDate, c.endDate, p.id, p.name, p.theme, o.id,"
                + " o.name, en.status, en.council.gssCode");
        Map<List<Object>, List<Object[]>> byCohort = grouped(query(hql.toString(), parameters).getResultList(), 12);
        List<TimelineEntry> entries = new ArrayList<>();
        byCohort.forEach((key, rows) -> {
            long id = (Long) key.get(0);
            Object[] first = rows.getFirst();
            Map<EnrolmentStatus, Long> counts = new EnumMap<>(EnrolmentStatus.class);
            rows.forEach(row -> counts.merge((EnrolmentStatus) row[10], ((Number) row[11]).longValue(), Long::sum));
            long enrolled = counts.getOrDefault(EnrolmentStatus.ENROLLED, 0L);
            long completed = counts.getOrDefault(EnrolmentStatus.COMPLETED, 0L);
            long withdrawn = counts.getOrDefault(EnrolmentStatus.WITHDRAWN, 0L);
            long participants = enrolled + completed + withdrawn;
            List<String> parts = new ArrayList<>();
            if (enrolled > 0) {
                parts.add(enrolled + " still enrolled");
            }
            if (completed > 0) {
                parts.add(completed + " completed");
            }
            if (withdrawn > 0) {
                parts.add(withdrawn + " withdrawn");
            }
            LocalDate start = (LocalDate) first[3];
            entries.add(new TimelineEntry(TimelineKind.COHORT, TimelineKind.COHORT.label(), id, start,
                    later(start, (LocalDate) first[4]), new FinancialYear((Integer) first[2]).toString(),
                    (String) first[1], programme(first, 5),
                    plural(participants, "participant") + ": " + String.join(", ", parts),
                    new OrganisationRef((String) first[8], (String) first[9]), councils.predecessor(key.get(1)),
                    null, null, new CohortPart(participants, enrolled, completed, withdrawn), null));
        });
        return entries;
    }

    private List<TimelineEntry> events(Councils councils, FinancialYear year, Optional<String> organisation) {
        StringBuilder hql = new StringBuilder("""
                select e.id, e.title, e.type, e.format, e.startDate, e.endDate,
                       p.id, p.name, p.theme, o.id, o.name, a.attendeeRole, a.attended, count(a.id), a.council.gssCode
                from Attendance a join a.event e join e.programme p join e.organisation o
                where a.council.gssCode in :councils""");
        Map<String, Object> parameters = new HashMap<>(Map.of("councils", councils.codes()));
        if (year != null) {
            hql.append(" and e.startDate between :from and :to");
            inYear(parameters, year);
        }
        organisation.ifPresent(id -> {
            hql.append(" and o.id = :organisation and a.organisation.id = :organisation");
            parameters.put("organisation", id);
        });
        hql.append(" group by e.id, e.title, e.type, e.format, e.startDate, e.endDate, p.id, p.name, p.theme, o.id,"
                + " o.name, a.attendeeRole, a.attended, a.council.gssCode");
        Map<List<Object>, List<Object[]>> byEvent = grouped(query(hql.toString(), parameters).getResultList(), 14);
        List<TimelineEntry> entries = new ArrayList<>();
        byEvent.forEach((key, rows) -> {
            long id = (Long) key.get(0);
            Object[] first = rows.getFirst();
            Map<ParticipantRole, long[]> byRole = new EnumMap<>(ParticipantRole.class);
            for (Object[] row : rows) {
                long[] counts = byRole.computeIfAbsent((ParticipantRole) row[11], role -> new long[2]);
                counts[Boolean.TRUE.equals(row[12]) ? 0 : 1] += ((Number) row[13]).longValue();
            }
            List<RoleCount> roles = byRole.entrySet().stream()
                    .map(e -> new RoleCount(e.getKey(), e.getKey().label(), e.getValue()[0], e.getValue()[1]))
                    .toList();
            long attended = roles.stream().mapToLong(RoleCount::attended).sum();
            long bookedOnly = roles.stream().mapToLong(RoleCount::bookedOnly).sum();
            EventType type = (EventType) first[2];
            EventFormat format = (EventFormat) first[3];
            LocalDate start = (LocalDate) first[4];
            entries.add(new TimelineEntry(TimelineKind.EVENT, TimelineKind.EVENT.label(), id, start,
                    later(start, (LocalDate) first[5]), FinancialYear.of(start).toString(), (String) first[1],
                    programme(first, 6), eventSummary(roles, attended, bookedOnly),
                    new OrganisationRef((String) first[9], (String) first[10]), councils.predecessor(key.get(1)), null,
                    new EventPart(type, type.label(), format, format.label(), attended, bookedOnly, roles), null, null));
        });
        return entries;
    }

    /** "3 attended (2 councillors, 1 officer); 1 booked but did not attend". */
    static String eventSummary(List<RoleCount> roles, long attended, long bookedOnly) {
        String summary;
        if (attended == 0) {
            summary = "No one attended";
        } else {
            summary = attended + " attended (" + roles.stream().filter(r -> r.attended() > 0)
                    .map(r -> plural(r.attended(), r.role().label().toLowerCase(Locale.ROOT)))
                    .collect(Collectors.joining(", ")) + ")";
        }
        return bookedOnly == 0 ? summary : summary + "; " + bookedOnly + " booked but did not attend";
    }

    private TypedQuery<Object[]> query(String hql, Map<String, Object> parameters) {
        TypedQuery<Object[]> query = em.createQuery(hql, Object[].class);
        parameters.forEach(query::setParameter);
        return query;
    }

    private static void inYear(Map<String, Object> parameters, FinancialYear year) {
        parameters.put("from", year.firstDay());
        parameters.put("to", year.lastDay());
    }

    /**
     * Rows of one record's groups for one council together (key: the record's id and the council's GSS code, in
     * column {@code councilColumn}), in the order the database returned them.
     */
    private static Map<List<Object>, List<Object[]>> grouped(List<Object[]> rows, int councilColumn) {
        return rows.stream().collect(Collectors.groupingBy(row -> List.of(row[0], row[councilColumn]),
                LinkedHashMap::new, Collectors.toList()));
    }

    private static ProgrammeRef programme(Object[] row, int from) {
        Theme theme = (Theme) row[from + 2];
        return new ProgrammeRef((String) row[from], (String) row[from + 1], theme, theme.label());
    }

    private static LocalDate later(LocalDate start, LocalDate end) {
        return end != null && end.isAfter(start) ? end : null;
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }

    private static String days(BigDecimal days) {
        return days.stripTrailingZeros().toPlainString();
    }

    /** "1 councillor", "2 councillors", "2 others". */
    static String plural(long count, String noun) {
        return count + " " + (count == 1 ? noun : noun + "s");
    }
}
