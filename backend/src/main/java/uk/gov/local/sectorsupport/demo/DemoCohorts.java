package uk.gov.local.sectorsupport.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import uk.gov.local.sectorsupport.common.FinancialYear;

/**
 * About 20 intakes a year: Next Generation for each political group, Leadership Academy intakes, NGDP cohorts 25
 * onwards (100–140 graduates placed across host councils), NGDP Finance, Pathways to Planning, Boosting Middle
 * Leaders and Solace's Springboard, AMPlify, Total Leadership and Ignite. Finished cohorts' participants completed
 * (a few withdrew); running cohorts' are enrolled. About 70 per cent of participants give their sex, ethnic group
 * and disability. Only intakes that have started by {@code today}.
 */
final class DemoCohorts {

    private static final String[] ROLES = { "councillor", "officer", "chief-executive" };
    private static final int[] COUNCILLORS = { 100, 0, 0 };
    private static final int[] OFFICERS = { 0, 100, 0 };
    private static final int[] CHIEF_EXECUTIVES = { 0, 50, 50 };
    private static final String[] GROUPS = { "Conservative", "Labour", "Liberal Democrat", "Independent" };

    private final DemoProgrammeActivity activity;
    final List<DemoActivity.CohortRow> cohorts = new ArrayList<>();
    final List<DemoActivity.EnrolmentRow> enrolments = new ArrayList<>();

    DemoCohorts(DemoProgrammeActivity activity) {
        this.activity = activity;
    }

    void generate() {
        for (FinancialYear fy : activity.years) {
            int y = fy.startYear();
            cohort("leadership-academy", "Leadership Academy " + fy + " intake 1", day(y, 6, 2), 16, 18, 24, COUNCILLORS, 0);
            cohort("boosting-middle-leaders", "Boosting Middle Leaders " + fy + " cohort 1", day(y, 5, 2), 26, 20, 30, OFFICERS, 0);
            cohort("springboard", "Springboard " + fy + " cohort A", day(y, 5, 3), 39, 20, 30, OFFICERS, 0);
            cohort("amplify", "AMPlify " + fy + " cohort 1", day(y, 6, 3), 26, 18, 26, OFFICERS, 0);
            cohort("ngdp", "NGDP cohort " + (25 + y - 2024), day(y, 9, 1), 104, 100, 140, OFFICERS, 75);
            cohort("ngdp-finance", "NGDP Finance cohort " + (y - 2023), day(y, 9, 1), 104, 18, 30, OFFICERS, 20);
            cohort("pathways-to-planning", "Pathways to Planning cohort " + (y - 2022), day(y, 9, 2), 104, 40, 70, OFFICERS, 45);
            cohort("leadership-academy", "Leadership Academy " + fy + " intake 2", day(y, 9, 3), 16, 18, 24, COUNCILLORS, 0);
            cohort("total-leadership", "Total Leadership " + fy, day(y, 9, 4), 26, 14, 20, OFFICERS, 0);
            for (String group : GROUPS) {
                cohort("next-generation", "Next Generation " + fy + ": " + group, day(y, 10, 1), 24, 16, 22, COUNCILLORS, 0);
            }
            cohort("springboard", "Springboard " + fy + " cohort B", day(y, 10, 2), 39, 20, 30, OFFICERS, 0);
            cohort("ignite", "Ignite " + fy, day(y, 10, 3), 26, 12, 16, CHIEF_EXECUTIVES, 0);
            cohort("leadership-academy", "Leadership Academy " + fy + " intake 3", day(y, 11, 2), 16, 18, 24, COUNCILLORS, 0);
            cohort("boosting-middle-leaders", "Boosting Middle Leaders " + fy + " cohort 2", day(y, 11, 3), 26, 20, 30, OFFICERS, 0);
            cohort("leadership-academy", "Leadership Academy " + fy + " intake 4", day(y + 1, 1, 3), 16, 18, 24, COUNCILLORS, 0);
            cohort("amplify", "AMPlify " + fy + " cohort 2", day(y + 1, 1, 4), 26, 18, 26, OFFICERS, 0);
            cohort("leadership-academy", "Leadership Academy " + fy + " intake 5", day(y + 1, 3, 1), 16, 18, 24, COUNCILLORS, 0);
        }
    }

    /** The nth Tuesday of the month. */
    private static LocalDate day(int year, int month, int nth) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(nth, DayOfWeek.TUESDAY));
    }

    /**
     * @param weeks how long the intake runs
     * @param hosts for placement programmes, how many host councils share the graduates; 0 for a participant's own
     */
    private void cohort(String programme, String name, LocalDate start, int weeks, int minSize, int maxSize, int[] roles,
            int hosts) {
        if (!activity.runs(programme, FinancialYear.of(start)) || start.isAfter(activity.today)) {
            return;
        }
        LocalDate end = start.plusWeeks(weeks).minusDays(1);
        String organisation = activity.organisation(programme);
        DemoActivity.CohortRow cohort = new DemoActivity.CohortRow(cohorts.size() + 1L, programme, name,
                FinancialYear.of(start).startYear(), start, end, organisation, activity.externalId(organisation, "CO", start));
        cohorts.add(cohort);
        boolean finished = end.isBefore(activity.today);
        List<DemoCouncil> alive = activity.councilsOn(start);
        List<DemoCouncil> hostCouncils = new ArrayList<>();
        for (int i = 0; i < hosts; i++) {
            hostCouncils.add(alive.get(activity.random.nextInt(alive.size())));
        }
        int size = activity.between(minSize, maxSize);
        for (int i = 0; i < size; i++) {
            DemoCouncil council = hosts > 0 ? hostCouncils.get(activity.random.nextInt(hosts))
                    : alive.get(activity.random.nextInt(alive.size()));
            String status = finished ? (activity.chance(0.05) ? "withdrawn" : "completed")
                    : (start.plusWeeks(6).isBefore(activity.today) && activity.chance(0.03) ? "withdrawn" : "enrolled");
            boolean reports = activity.chance(0.7);
            enrolments.add(new DemoActivity.EnrolmentRow(enrolments.size() + 1L, cohort.id(), activity.newKey("par-"),
                    council.gssCode(), activity.pick(ROLES, roles), status,
                    reports && activity.chance(0.96) ? activity.pick(new String[] { "female", "male", "prefer-not-to-say" },
                            new int[] { 52, 45, 3 }) : null,
                    reports && activity.chance(0.95) ? activity.pick(new String[] { "white", "asian", "black", "mixed",
                            "other", "prefer-not-to-say" }, new int[] { 74, 11, 6, 5, 2, 2 }) : null,
                    reports && activity.chance(0.93) ? activity.pick(new String[] { "no", "yes", "prefer-not-to-say" },
                            new int[] { 83, 11, 6 }) : null,
                    organisation, activity.externalId(organisation, "EN", start)));
        }
    }
}
