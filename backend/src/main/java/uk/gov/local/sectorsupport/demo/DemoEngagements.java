package uk.gov.local.sectorsupport.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import uk.gov.local.sectorsupport.common.FinancialYear;

/**
 * About 215 support engagements a full year: mentoring, targeted finance and workforce support, post-election
 * support starting after the May elections, top team development (the Leadership Centre's), transformation
 * experts, and partners' support. Each has 1–30 days; one still running has no end date and the days delivered so
 * far. Only engagements that have started by {@code today}.
 */
final class DemoEngagements {

    private static final String[] ADVISERS = { "Claire Holloway", "Rob Marshall", "Asha Verma", "Tom Gallagher",
            "Bethan Price", "Kwame Mensah", "Siân Doyle", "Martin Fairclough", "Liz Okafor", "Dev Raman" };

    private record Plan(String programme, String type, int perYear, int minDays, int maxDays, int minWeeks,
            int maxWeeks, boolean afterMayElections, String[] notes) {
    }

    private static final List<Plan> PLANS = List.of(
            new Plan("mentoring", "mentoring", 40, 2, 8, 12, 40, false, new String[] {
                    "Mentoring for the new leader of the council.", "Mentoring for the cabinet member for finance.",
                    "Mentoring for the leader of the opposition." }),
            new Plan("targeted-finance-support", "targeted-finance-support", 34, 5, 30, 8, 40, false, new String[] {
                    "Review of the medium-term financial strategy.", "Support ahead of a section 114 risk.",
                    "Budget challenge sessions with the cabinet.", "Follow-up to the finance peer challenge." }),
            new Plan("workforce-support", "targeted-workforce-support", 20, 3, 15, 8, 30, false, new String[] {
                    "Recruitment and retention in planning and social work.", "Pay and grading review support.",
                    "Organisational development plan." }),
            new Plan("post-election-support", "post-election-support", 30, 1, 6, 4, 16, true, new String[] {
                    "Support after a change of control at the May elections.", "Induction for the new administration.",
                    "Support for a council with no overall control." }),
            new Plan("top-team-development", "top-team-development", 18, 3, 12, 12, 34, false, new String[] {
                    "Facilitated sessions for the cabinet and corporate leadership team." }),
            new Plan("transformation-experts", "transformation-experts", 28, 5, 30, 12, 44, false, new String[] {
                    "Digital customer services.", "Adult social care transformation.", "Asset review.",
                    "Shared services business case." }),
            new Plan("governance-and-scrutiny", "other", 12, 2, 10, 6, 26, false, new String[] {
                    "Scrutiny improvement review.", "Governance review after an auditor's recommendation." }),
            new Plan("partners-in-care-and-health", "other", 12, 2, 12, 8, 30, false, new String[] {
                    "Preparation for CQC assessment.", "Adult social care finance diagnostic." }),
            new Plan("planning-advisory-service", "other", 8, 2, 10, 6, 26, false, new String[] {
                    "Local plan support.", "Planning service improvement review." }),
            new Plan("local-partnerships-support", "other", 6, 5, 25, 12, 40, false, new String[] {
                    "Commercial review of a council company.", "Waste contract re-procurement." }),
            new Plan("childrens-services-improvement", "other", 6, 3, 15, 8, 30, false, new String[] {
                    "Support after an inadequate Ofsted judgement.", "SEND improvement support." }));

    private final DemoProgrammeActivity activity;
    final List<DemoActivity.EngagementRow> engagements = new ArrayList<>();

    DemoEngagements(DemoProgrammeActivity activity) {
        this.activity = activity;
    }

    private record Draft(Plan plan, LocalDate start) {
    }

    void generate() {
        for (FinancialYear year : activity.years) {
            List<Draft> drafts = new ArrayList<>();
            for (Plan plan : PLANS) {
                if (!activity.runs(plan.programme(), year)) {
                    continue;
                }
                for (int i = 0; i < plan.perYear(); i++) {
                    LocalDate start = plan.afterMayElections()
                            ? activity.between(LocalDate.of(year.startYear(), 5, 8), LocalDate.of(year.startYear(), 7, 31))
                            : activity.between(year.firstDay(), year.lastDay());
                    drafts.add(new Draft(plan, start));
                }
            }
            drafts.sort(Comparator.comparing(Draft::start));
            for (Draft draft : drafts) {
                if (!draft.start().isAfter(activity.today)) {
                    add(draft.plan(), draft.start());
                }
            }
        }
    }

    private void add(Plan plan, LocalDate start) {
        LocalDate end = start.plusWeeks(activity.between(plan.minWeeks(), plan.maxWeeks()));
        double days = activity.between(plan.minDays() * 2, plan.maxDays() * 2) / 2.0;
        if (!end.isBefore(activity.today)) {
            double done = (double) java.time.temporal.ChronoUnit.DAYS.between(start, activity.today)
                    / java.time.temporal.ChronoUnit.DAYS.between(start, end);
            days = Math.max(1, Math.round(days * done * 2) / 2.0);
            end = null;
        }
        String organisation = activity.organisation(plan.programme());
        String adviser = organisation.equals("lga") || activity.chance(0.8)
                ? ADVISERS[activity.random.nextInt(ADVISERS.length)] : null;
        String notes = activity.chance(0.5) ? plan.notes()[activity.random.nextInt(plan.notes().length)] : null;
        DemoCouncil council = activity.councilOn(start, null);
        engagements.add(new DemoActivity.EngagementRow(engagements.size() + 1L, plan.programme(), council.gssCode(),
                plan.type(), start, end, BigDecimal.valueOf(days).setScale(1), adviser, notes, organisation,
                activity.externalId(organisation, "SE", start)));
    }
}
