package uk.gov.local.sectorsupport.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Feedback, skewed positive as the real returns are (about 93 per cent satisfied): about 30 per cent of the people
 * who attended an event, 45 per cent of cohort participants (at the end, or part way through a running cohort),
 * 40 per cent of support engagements and 70 per cent of the peer challenges held since April 2024. Each response is
 * owned by its subject's organisation (the LGA for peer challenges) and submitted after the subject began, never
 * after {@code today}.
 */
final class DemoSurveys {

    private static final Set<String> HELD = Set.of("report-drafted", "report-published", "action-plan-published");
    private static final String[] ANSWERS = { "yes", "no", "not-answered" };
    /** Short comments by kind of subject: satisfied ones first, then dissatisfied ones. */
    private static final String[][] EVENT_COMMENTS = { { "Well organised, and the speakers were excellent.",
            "Good to hear how other councils are tackling the same problems.", "Practical and relevant to my role.",
            "I would welcome a follow-up session in six months." }, { "Too much content for the time available.",
            "Less relevant to district councils.", "The online format made discussion difficult.",
            "I would have liked more practical examples." } };
    private static final String[][] COHORT_COMMENTS = { { "The programme has given me the confidence to step up.",
            "The action learning sets were the most useful part.", "I have built a network I will keep using.",
            "Excellent facilitators who knew local government well." }, {
            "Hard to fit the modules around council meetings.", "Some sessions repeated earlier modules." } };
    private static final String[][] SUPPORT_COMMENTS = { { "The peer perspective was invaluable.",
            "Gave us the confidence to make difficult decisions.",
            "Really useful: we are using the recommendations in our improvement plan.",
            "The team understood our local context quickly." }, { "The follow-up was slow to arrive.",
            "The recommendations were too general.", "Too short to get to the root of the issues." } };
    private static final String[] ROLES = { "councillor", "officer", "chief-executive" };

    private final DemoProgrammeActivity activity;
    final List<DemoActivity.SurveyRow> surveys = new ArrayList<>();

    DemoSurveys(DemoProgrammeActivity activity) {
        this.activity = activity;
    }

    void generate(DemoEvents events, DemoCohorts cohorts, DemoEngagements engagements,
            List<DemoActivity.Challenge> challenges) {
        LocalDate today = activity.today;
        Map<Long, List<DemoActivity.AttendanceRow>> attendances = new LinkedHashMap<>();
        events.attendances.forEach(a -> attendances.computeIfAbsent(a.eventId(), id -> new ArrayList<>()).add(a));
        for (DemoActivity.EventRow event : events.events) {
            if (!activity.chance(0.9)) {
                continue;
            }
            for (DemoActivity.AttendanceRow a : attendances.getOrDefault(event.id(), List.of())) {
                if (a.attended() && activity.chance(0.33)) {
                    add(event.id(), null, null, null, a.role(), a.council(),
                            activity.between(event.endDate(), DemoProgrammeActivity.min(event.endDate().plusDays(14), today)),
                            event.organisation(), EVENT_COMMENTS);
                }
            }
        }
        Map<Long, List<DemoActivity.EnrolmentRow>> enrolments = new LinkedHashMap<>();
        cohorts.enrolments.forEach(e -> enrolments.computeIfAbsent(e.cohortId(), id -> new ArrayList<>()).add(e));
        for (DemoActivity.CohortRow cohort : cohorts.cohorts) {
            boolean finished = cohort.endDate().isBefore(today);
            LocalDate from = finished ? cohort.endDate() : cohort.startDate().plusWeeks(6);
            LocalDate to = finished ? DemoProgrammeActivity.min(cohort.endDate().plusDays(30), today) : today;
            if (from.isAfter(to)) {
                continue;
            }
            for (DemoActivity.EnrolmentRow e : enrolments.getOrDefault(cohort.id(), List.of())) {
                if (!e.status().equals("withdrawn") && activity.chance(0.45)) {
                    add(null, null, null, cohort.id(), e.role(), e.council(), activity.between(from, to),
                            cohort.organisation(), COHORT_COMMENTS);
                }
            }
        }
        for (DemoActivity.EngagementRow engagement : engagements.engagements) {
            LocalDate from = engagement.endDate() != null ? engagement.endDate() : engagement.startDate().plusWeeks(4);
            LocalDate to = engagement.endDate() != null ? DemoProgrammeActivity.min(engagement.endDate().plusDays(30), today)
                    : today;
            if (from.isAfter(to) || !activity.chance(0.4)) {
                continue;
            }
            int responses = activity.chance(0.3) ? 2 : 1;
            for (int i = 0; i < responses; i++) {
                add(null, null, engagement.id(), null, activity.pick(ROLES, new int[] { 30, 40, 30 }),
                        engagement.council(), activity.between(from, to), engagement.organisation(), SUPPORT_COMMENTS);
            }
        }
        for (DemoActivity.Challenge challenge : challenges) {
            if (!HELD.contains(challenge.status()) || challenge.onSiteStartDate() == null
                    || challenge.onSiteStartDate().isBefore(DemoProgrammeActivity.FIRST)
                    || !challenge.onSiteEndDate().isBefore(today) || !activity.chance(0.7)) {
                continue;
            }
            int responses = activity.between(1, 4);
            LocalDate from = challenge.onSiteEndDate().plusDays(1);
            LocalDate to = DemoProgrammeActivity.min(challenge.onSiteEndDate().plusDays(45), today);
            for (int i = 0; i < responses; i++) {
                add(null, challenge.id(), null, null, activity.pick(ROLES, new int[] { 40, 35, 25 }), challenge.council(),
                        activity.between(from, to), "lga", SUPPORT_COMMENTS);
            }
        }
    }

    private void add(Long eventId, Long challengeId, Long engagementId, Long cohortId, String role, String council,
            LocalDate submitted, String organisation, String[][] comments) {
        Integer satisfaction = activity.chance(0.02) ? null
                : Integer.valueOf(activity.pick(new String[] { "5", "4", "3", "2", "1" }, new int[] { 56, 37, 4, 2, 1 }));
        boolean happy = satisfaction == null || satisfaction >= 4;
        String positiveImpact = activity.pick(ANSWERS, happy ? new int[] { 88, 4, 8 } : new int[] { 35, 50, 15 });
        String increasedConfidence = activity.pick(ANSWERS, happy ? new int[] { 84, 6, 10 } : new int[] { 25, 55, 20 });
        String wouldRecommend = activity.pick(ANSWERS, happy ? new int[] { 93, 2, 5 } : new int[] { 30, 60, 10 });
        String comment = null;
        if (activity.chance(happy ? 0.1 : 0.4)) {
            String[] choice = comments[happy ? 0 : 1];
            comment = choice[activity.random.nextInt(choice.length)];
        }
        surveys.add(new DemoActivity.SurveyRow(surveys.size() + 1L, eventId, challengeId, engagementId, cohortId, role,
                council, satisfaction, positiveImpact, increasedConfidence, wouldRecommend, comment, submitted,
                organisation, activity.externalId(organisation, "SR", submitted)));
    }
}
