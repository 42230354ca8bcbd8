package uk.gov.local.sectorsupport.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import uk.gov.local.sectorsupport.common.FinancialYear;

/**
 * About 145 events a full year across the programmes, each with its bookings: people from councils that existed on
 * the day (in-person events draw mostly on their region), in roles that fit the programme's audience, about 85 per
 * cent of them attending. Only events that have ended by {@code today}.
 */
final class DemoEvents {

    private static final String[] FORMATS = { "in-person", "online", "hybrid" };
    private static final String[] ROLES = { "councillor", "officer", "chief-executive", "other" };
    private static final int[] COUNCILLORS = { 100, 0, 0, 0 };
    private static final int[] MOSTLY_COUNCILLORS = { 85, 15, 0, 0 };
    private static final int[] OFFICERS = { 0, 100, 0, 0 };
    private static final int[] MOSTLY_OFFICERS = { 12, 83, 5, 0 };
    private static final int[] SENIOR_OFFICERS = { 0, 94, 6, 0 };
    private static final int[] CHIEF_EXECUTIVES = { 0, 40, 60, 0 };
    private static final int[] WHOLE_COUNCIL = { 25, 65, 10, 0 };
    private static final int[] MEMBERS_AND_OFFICERS = { 45, 55, 0, 0 };
    private static final int[] PUBLIC = { 0, 0, 0, 100 };
    /** How many different people of each role a council sends over the years (so some come back). */
    private static final int[] POOL = { 12, 20, 1, 25 };

    private static final String WARWICK = "Warwick Conference Centre";
    private static final String LGH = "18 Smith Square, London";
    private static final String[] REGIONS = { "north-east", "north-west", "yorkshire-and-the-humber", "east-midlands",
            "west-midlands", "east-of-england", "london", "south-east", "south-west" };
    private static final String[][] VENUES = {
            { "Newcastle Civic Centre", "Durham County Hall" },
            { "Manchester Central", "Liverpool Town Hall" },
            { "Leeds Civic Hall", "Sheffield Town Hall" },
            { "Nottingham Council House", "Leicester City Hall" },
            { WARWICK, "Birmingham Council House" },
            { "Cambridge Guildhall", "Norwich City Hall" },
            { LGH, "Guildhall, London" },
            { "Reading Town Hall", "Brighton Dome" },
            { "Bristol City Hall", "Exeter Guildhall" } };

    /**
     * One kind of event a programme runs {@code perYear} times, spread over the year; titles are taken in turn. An
     * annual fixture has its {@code month} instead (one title a month).
     */
    private record Plan(String programme, int perYear, String type, String[] titles, int[] formats, int days,
            int minCapacity, int maxCapacity, double minFill, double maxFill, int[] roles, String venue,
            boolean weekend, int... months) {
    }

    private static final List<Plan> PLANS = List.of(
            new Plan("leadership-essentials", 14, "training-course", titles("Leadership Essentials: ", "finance",
                    "children's services", "adult social care", "planning", "housing", "health and wellbeing",
                    "community safety", "scrutiny", "climate change", "economic growth", "leading the opposition",
                    "chairing skills", "equality, diversity and inclusion", "digital leadership"),
                    new int[] { 1, 0, 0 }, 2, 20, 24, 0.75, 1.0, COUNCILLORS, WARWICK, false),
            new Plan("leadership-essentials", 4, "masterclass", titles("Leadership Essentials masterclass: ",
                    "setting the budget", "working with the media", "councillor conduct", "devolution"),
                    new int[] { 0, 1, 0 }, 1, 40, 80, 0.6, 0.95, COUNCILLORS, null, false),
            new Plan("focus-on-leadership", 8, "leadership-weekender", titles("Focus on Leadership weekender: ",
                    "new council leaders", "Labour councillors", "Conservative councillors",
                    "Liberal Democrat councillors", "Independent and Green councillors", "women councillors",
                    "councillors from ethnic minority backgrounds", "disabled councillors", "LGBTQ+ councillors",
                    "young councillors"),
                    new int[] { 1, 0, 0 }, 3, 20, 28, 0.8, 1.0, COUNCILLORS, WARWICK, true),
            new Plan("sustainability-masterclasses", 10, "masterclass", titles("Sustainability masterclass: ",
                    "net zero and the council estate", "adapting to a changing climate", "nature recovery",
                    "decarbonising transport", "retrofit and warm homes", "community energy",
                    "climate and the local plan", "green finance"),
                    new int[] { 4, 5, 1 }, 1, 30, 90, 0.55, 0.95, MOSTLY_COUNCILLORS, null, false),
            new Plan("cyber-360", 10, "webinar", titles("Cyber 360 webinar: ", "ransomware response",
                    "supply chain risk", "the Cyber Assessment Framework", "exercising for leaders",
                    "phishing and the human firewall", "securing legacy systems", "cyber for councillors"),
                    new int[] { 0, 1, 0 }, 1, 150, 250, 0.4, 0.85, MOSTLY_OFFICERS, null, false),
            new Plan("cyber-360", 1, "conference", new String[] { "Cyber 360 conference %d" },
                    new int[] { 1, 0, 1 }, 1, 200, 250, 0.7, 0.95, MOSTLY_OFFICERS, LGH, false, 10),
            new Plan("partners-in-care-and-health", 14, "roundtable", titles("Partners in Care and Health roundtable: ",
                    "market sustainability", "CQC assessment readiness", "hospital discharge", "the care workforce",
                    "prevention and early help", "Care Act assurance", "digital social care records",
                    "unpaid carers"),
                    new int[] { 5, 3, 2 }, 1, 20, 40, 0.6, 1.0, WHOLE_COUNCIL, null, false),
            new Plan("partners-in-care-and-health", 6, "webinar", titles("Partners in Care and Health webinar: ",
                    "preparing for CQC assessment", "making safeguarding personal", "technology-enabled care",
                    "commissioning for outcomes"),
                    new int[] { 0, 1, 0 }, 1, 100, 200, 0.4, 0.8, MEMBERS_AND_OFFICERS, null, false),
            new Plan("partners-in-care-and-health", 1, "conference",
                    new String[] { "Partners in Care and Health national conference %d" },
                    new int[] { 1, 0, 0 }, 1, 250, 300, 0.75, 0.95, WHOLE_COUNCIL, "Manchester Central", false, 11),
            new Plan("springboard", 6, "training-course", titles("Springboard: ", "leading through change",
                    "personal impact and influence", "coaching skills", "managing performance",
                    "political awareness", "resilience and wellbeing"),
                    new int[] { 1, 1, 0 }, 1, 25, 30, 0.7, 1.0, OFFICERS, null, false),
            new Plan("amplify", 6, "masterclass", titles("AMPlify masterclass: ", "working with members",
                    "leading across the system", "financial acumen", "commercial thinking", "inclusive leadership",
                    "strategic communication"),
                    new int[] { 1, 1, 0 }, 1, 20, 30, 0.7, 1.0, SENIOR_OFFICERS, null, false),
            new Plan("total-leadership", 4, "training-course", titles("Total Leadership: ",
                    "the corporate leadership team", "leading in a political environment", "system leadership",
                    "the statutory officers"),
                    new int[] { 1, 0, 0 }, 2, 15, 20, 0.75, 1.0, SENIOR_OFFICERS, null, false),
            new Plan("ignite", 4, "masterclass", titles("Ignite: ", "the first 100 days as chief executive",
                    "the leader and chief executive relationship", "leading in a crisis",
                    "governance and the head of paid service"),
                    new int[] { 1, 0, 0 }, 1, 12, 20, 0.75, 1.0, CHIEF_EXECUTIVES, LGH, false),
            new Plan("next-generation", 1, "conference", new String[] { "Next Generation alumni conference %d" },
                    new int[] { 1, 0, 0 }, 1, 100, 150, 0.7, 0.95, COUNCILLORS, WARWICK, false, 3),
            new Plan("ngdp", 2, "conference", new String[] { "NGDP national induction %d", "NGDP national conference %d" },
                    new int[] { 1, 0, 0 }, 1, 120, 200, 0.7, 0.95, OFFICERS, null, false, 9, 3),
            new Plan("be-a-councillor", 8, "webinar", titles("Be a Councillor webinar: ", "information evening",
                    "could you be a councillor?", "standing as an independent", "young people in local politics",
                    "women in local government", "a day in the life of a councillor"),
                    new int[] { 0, 1, 0 }, 1, 60, 120, 0.4, 0.9, PUBLIC, null, false),
            new Plan("be-a-councillor", 6, "masterclass", new String[] { "Be a Councillor: standing for election" },
                    new int[] { 1, 0, 0 }, 1, 30, 60, 0.5, 0.95, PUBLIC, null, false),
            new Plan("civility-in-public-life", 4, "webinar", titles("Civility in public life: ",
                    "handling intimidation and abuse", "personal safety for councillors", "the model code of conduct",
                    "social media and online abuse"),
                    new int[] { 0, 1, 0 }, 1, 100, 200, 0.45, 0.85, MOSTLY_COUNCILLORS, null, false),
            new Plan("transformation-experts", 4, "network-meeting", new String[] { "Transformation network" },
                    new int[] { 0, 4, 1 }, 1, 40, 80, 0.5, 0.9, OFFICERS, null, false),
            new Plan("governance-and-scrutiny", 4, "network-meeting", new String[] { "Scrutiny network" },
                    new int[] { 0, 4, 1 }, 1, 40, 80, 0.5, 0.9, MEMBERS_AND_OFFICERS, null, false),
            new Plan("procurement-support", 3, "network-meeting", new String[] { "Procurement Act network" },
                    new int[] { 0, 1, 0 }, 1, 40, 80, 0.5, 0.9, OFFICERS, null, false),
            new Plan("procurement-support", 5, "training-course", titles("Procurement Act 2023: ",
                    "an introduction for officers", "notices and transparency", "contract management"),
                    new int[] { 3, 7, 0 }, 1, 50, 120, 0.5, 0.95, OFFICERS, null, false),
            new Plan("planning-advisory-service", 4, "network-meeting", new String[] { "Planning managers network" },
                    new int[] { 0, 4, 1 }, 1, 40, 80, 0.5, 0.9, OFFICERS, null, false),
            new Plan("communications-support", 3, "network-meeting", new String[] { "Communications network" },
                    new int[] { 0, 1, 0 }, 1, 40, 80, 0.5, 0.9, OFFICERS, null, false),
            new Plan("childrens-services-improvement", 3, "network-meeting",
                    new String[] { "Lead members for children's services network" },
                    new int[] { 1, 1, 0 }, 1, 40, 70, 0.5, 0.9, COUNCILLORS, null, false),
            new Plan("lg-inform", 4, "webinar", titles("LG Inform: ", "getting started", "benchmarking your council",
                    "building reports", "using local data for scrutiny"),
                    new int[] { 0, 1, 0 }, 1, 60, 120, 0.45, 0.9, MOSTLY_OFFICERS, null, false),
            new Plan("culture-and-sport-improvement", 2, "training-course",
                    new String[] { "Leadership Essentials: culture, tourism and sport" },
                    new int[] { 1, 0, 0 }, 2, 20, 24, 0.75, 1.0, COUNCILLORS, WARWICK, false));

    private final DemoProgrammeActivity activity;
    final List<DemoActivity.EventRow> events = new ArrayList<>();
    final List<DemoActivity.AttendanceRow> attendances = new ArrayList<>();

    DemoEvents(DemoProgrammeActivity activity) {
        this.activity = activity;
    }

    private record Draft(Plan plan, int number, LocalDate start, String title) {
    }

    void generate() {
        for (FinancialYear year : activity.years) {
            List<Draft> drafts = new ArrayList<>();
            for (Plan plan : PLANS) {
                if (!activity.runs(plan.programme(), year)) {
                    continue;
                }
                for (int i = 0; i < plan.perYear(); i++) {
                    LocalDate start = date(year, plan, i);
                    String title = plan.titles()[plan.months().length > 0 ? i : (i + year.startYear()) % plan.titles().length];
                    drafts.add(new Draft(plan, i, start, title.formatted(start.getYear())));
                }
            }
            drafts.sort(Comparator.comparing(Draft::start));
            for (Draft draft : drafts) {
                if (draft.start().plusDays(draft.plan().days() - 1).isBefore(activity.today)) {
                    add(draft);
                }
            }
        }
    }

    /** Spread evenly over the year (or in the plan's month), midweek (weekenders from a Friday), never over Christmas. */
    private LocalDate date(FinancialYear year, Plan plan, int i) {
        LocalDate date;
        if (plan.months().length > 0) {
            int month = plan.months()[i];
            date = LocalDate.of(month >= 4 ? year.startYear() : year.startYear() + 1, month, 8 + activity.random.nextInt(14));
        } else {
            double slot = (i + 0.5 + (activity.random.nextDouble() - 0.5) * 0.6) / plan.perYear();
            date = year.firstDay().plusDays((long) (slot * 365));
        }
        if ((date.getMonthValue() == 12 && date.getDayOfMonth() >= 18) || (date.getMonthValue() == 1 && date.getDayOfMonth() < 6)) {
            date = LocalDate.of(date.getMonthValue() == 12 ? date.getYear() + 1 : date.getYear(), 1, 6);
        }
        date = plan.weekend() ? date.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY))
                : date.with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)).plusDays(activity.random.nextInt(3));
        while (date.plusDays(plan.days() - 1).isAfter(year.lastDay())) {
            date = date.minusWeeks(1);
        }
        return date;
    }

    private void add(Draft draft) {
        Plan plan = draft.plan();
        String format = activity.pick(FORMATS, plan.formats());
        String region = null;
        String venue = null;
        if (!format.equals("online")) {
            if (plan.venue() != null) {
                venue = plan.venue();
                region = regionOf(venue);
            } else {
                int r = activity.random.nextInt(REGIONS.length);
                region = REGIONS[r];
                venue = VENUES[r][activity.random.nextInt(VENUES[r].length)];
            }
        }
        int capacity = activity.between(plan.minCapacity(), plan.maxCapacity());
        if (!format.equals("online")) {
            // a room, not a webinar licence: the in-person events of a mixed plan stay at its smaller sizes
            capacity = Math.min(capacity, Math.max(plan.minCapacity(), 60));
        }
        capacity = capacity >= 50 ? capacity / 5 * 5 : capacity;
        String organisation = activity.organisation(plan.programme());
        LocalDate end = draft.start().plusDays(plan.days() - 1);
        DemoActivity.EventRow event = new DemoActivity.EventRow(events.size() + 1L, plan.programme(), draft.title(),
                plan.type(), format, draft.start(), end, region, venue, capacity, organisation,
                activity.externalId(organisation, "EV", draft.start()));
        events.add(event);
        int bookings = (int) Math.round(capacity * (plan.minFill() + activity.random.nextDouble() * (plan.maxFill() - plan.minFill())));
        Set<String> booked = new HashSet<>();
        for (int i = 0; i < Math.min(bookings, capacity); i++) {
            String role = activity.pick(ROLES, plan.roles());
            DemoCouncil council = activity.councilOn(event.startDate(), region);
            int pool = POOL[List.of(ROLES).indexOf(role)];
            String key = activity.person(organisation, council.gssCode(), role, activity.random.nextInt(pool));
            if (booked.add(key)) {
                attendances.add(new DemoActivity.AttendanceRow(attendances.size() + 1L, event.id(), council.gssCode(),
                        role, key, activity.chance(0.85), organisation,
                        activity.externalId(organisation, "AT", event.startDate())));
            }
        }
    }

    private static String regionOf(String venue) {
        for (int r = 0; r < REGIONS.length; r++) {
            if (List.of(VENUES[r]).contains(venue)) {
                return REGIONS[r];
            }
        }
        throw new IllegalStateException("no region for " + venue);
    }

    private static String[] titles(String prefix, String... topics) {
        String[] titles = new String[topics.length];
        for (int i = 0; i < topics.length; i++) {
            titles[i] = prefix + topics[i];
        }
        return titles;
    }
}
