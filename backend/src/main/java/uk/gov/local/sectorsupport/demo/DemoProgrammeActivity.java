package uk.gov.local.sectorsupport.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import uk.gov.local.sectorsupport.common.FinancialYear;

/**
 * Programme activity for the demo from 1 April 2021 to {@code today}: deliverables for each financial year, then
 * events with attendance, cohorts with enrolments, support engagements, and survey responses about them and about
 * the peer challenges held in that time. Deterministic for the same inputs (its own fixed seed, so the peer data is
 * unchanged). Nothing starts after {@code today}: events have ended, cohorts and engagements have begun.
 *
 * Shared here: the councils that existed on a date, pseudonymous keys, and partners' own identifiers.
 */
final class DemoProgrammeActivity {

    static final LocalDate FIRST = LocalDate.of(2021, 4, 1);
    static final long SEED = 20_240_401L;
    private static final String BASE32 = "abcdefghijklmnopqrstuvwxyz234567";
    private static final Map<String, String> PREFIXES = Map.of("solace", "SOL", "adass", "ADASS", "cfgs", "CFGS",
            "pas", "PAS", "leadership-centre", "LC", "local-partnerships", "LP");

    /** A programme of the catalogue: who delivers it, and the first financial year it ran (its start year). */
    record Programme(String organisation, int firstYear) {
    }

    final Random random = new Random(SEED);
    final LocalDate today;
    final List<FinancialYear> years = new ArrayList<>();
    private final Map<String, Programme> programmes;
    private final List<DemoCouncil> principal;
    private final Map<LocalDate, List<DemoCouncil>> aliveOn = new HashMap<>();
    private final Set<String> keys = new HashSet<>();
    private final Map<String, String> people = new HashMap<>();
    private final Map<String, Integer> externalIds = new HashMap<>();

    private DemoProgrammeActivity(Map<String, DemoCouncil> councils, Map<String, Programme> programmes, LocalDate today) {
        this.today = today;
        this.programmes = programmes;
        this.principal = councils.values().stream().filter(DemoCouncil::principal)
                .sorted(Comparator.comparing(DemoCouncil::gssCode)).toList();
        for (int year = FIRST.getYear(); !new FinancialYear(year).firstDay().isAfter(today); year++) {
            years.add(new FinancialYear(year));
        }
    }

    /**
     * @param programmes each programme's delivering organisation (the owner of its records) and first year; plans
     *        for programmes not in the catalogue, or for years before a programme began, are left out
     * @param challenges the peer challenges already in the database, for their survey responses
     */
    static DemoActivity generate(Map<String, DemoCouncil> councils, Map<String, Programme> programmes,
            List<DemoActivity.Challenge> challenges, LocalDate today) {
        DemoProgrammeActivity activity = new DemoProgrammeActivity(councils, programmes, today);
        List<DemoActivity.DeliverableRow> deliverables = DemoDeliverables.generate(activity);
        DemoEvents events = new DemoEvents(activity);
        events.generate();
        DemoCohorts cohorts = new DemoCohorts(activity);
        cohorts.generate();
        DemoEngagements engagements = new DemoEngagements(activity);
        engagements.generate();
        DemoSurveys surveys = new DemoSurveys(activity);
        surveys.generate(events, cohorts, engagements, challenges);
        return new DemoActivity(deliverables, events.events, events.attendances, cohorts.cohorts, cohorts.enrolments,
                engagements.engagements, surveys.surveys);
    }

    /** Whether the programme is in the catalogue and had begun by that financial year. */
    boolean runs(String programme, FinancialYear year) {
        Programme known = programmes.get(programme);
        return known != null && known.firstYear() <= year.startYear();
    }

    String organisation(String programme) {
        return programmes.get(programme).organisation();
    }

    /** The principal councils that existed on the date, in GSS code order. */
    List<DemoCouncil> councilsOn(LocalDate date) {
        return aliveOn.computeIfAbsent(date, day -> principal.stream().filter(council -> council.principalOn(day)).toList());
    }

    /** A council that existed on the date; with a region, that region's councils for about two bookings in three. */
    DemoCouncil councilOn(LocalDate date, String region) {
        List<DemoCouncil> alive = councilsOn(date);
        if (region != null && random.nextDouble() < 0.65) {
            List<DemoCouncil> local = alive.stream().filter(council -> region.equals(council.region())).toList();
            if (!local.isEmpty()) {
                return local.get(random.nextInt(local.size()));
            }
        }
        return alive.get(random.nextInt(alive.size()));
    }

    /** A new pseudonymous key: the prefix and 12 base32 characters. */
    String newKey(String prefix) {
        while (true) {
            StringBuilder key = new StringBuilder(prefix);
            for (int i = 0; i < 12; i++) {
                key.append(BASE32.charAt(random.nextInt(BASE32.length())));
            }
            if (keys.add(key.toString())) {
                return key.toString();
            }
        }
    }

    /** The same person's key every time they come back (numbered within their council, role and organisation). */
    String person(String organisation, String council, String role, int number) {
        return people.computeIfAbsent(organisation + "/" + council + "/" + role + "/" + number, person -> newKey("att-"));
    }

    /** A partner's own identifier, such as SOL-EV-2025-0042; none for the LGA's records. */
    String externalId(String organisation, String kind, LocalDate date) {
        if (organisation.equals("lga")) {
            return null;
        }
        int year = FinancialYear.of(date).startYear();
        String prefix = PREFIXES.getOrDefault(organisation, organisation.toUpperCase());
        int next = externalIds.merge(prefix + "-" + kind + "-" + year, 1, Integer::sum);
        return String.format("%s-%s-%d-%04d", prefix, kind, year, next);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    LocalDate between(LocalDate from, LocalDate to) {
        return DemoPeers.between(random, from, to);
    }

    String pick(String[] values, int[] weights) {
        return DemoPeers.pick(random, values, weights);
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
