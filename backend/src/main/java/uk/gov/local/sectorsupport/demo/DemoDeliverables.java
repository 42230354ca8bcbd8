package uk.gov.local.sectorsupport.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import uk.gov.local.sectorsupport.common.FinancialYear;

/** Targets in the style of the LGA's annual reports: eight to ten a year for the main programmes. */
final class DemoDeliverables {

    private record Target(int year, String programme, String statement, int value, String unit, String metric) {
    }

    private static final String COUNT = "count";
    private static final String PER_CENT = "per-cent";

    // Tuned to the demo's own activity so that, as in the published reports, most targets are met and a few are not.
    private static final List<Target> TARGETS = List.of(
            new Target(2021, "corporate-peer-challenge", "Deliver at least 90 peer challenges, of which 55 corporate or finance", 90, COUNT, "peer-challenges-delivered"),
            new Target(2021, "corporate-peer-challenge", "At least 35 councils receive a CPC progress review", 35, COUNT, "cpc-progress-reviews-delivered"),
            new Target(2021, "leadership-academy", "900 councillors from 230 councils attend leadership programmes", 900, COUNT, "councillors-attending-leadership-programmes"),
            new Target(2021, "next-generation", "90 per cent of Next Generation delegates satisfied", 90, PER_CENT, "next-generation-delegates-satisfied"),
            new Target(2021, "ignite", "85 per cent of chief executives report increased confidence", 85, PER_CENT, "increased-confidence-chief-executives"),
            new Target(2021, "ngdp", "Place at least 90 graduates in councils through the National Graduate Development Programme", 90, COUNT, "ngdp-graduates-placed"),
            new Target(2021, "be-a-councillor", "Hold at least 10 Be a Councillor events ahead of the May elections", 10, COUNT, "be-a-councillor-events"),
            new Target(2021, "post-election-support", "Offer post-election support to at least 25 councils after the May elections", 25, COUNT, "post-election-support-councils"),

            new Target(2022, "corporate-peer-challenge", "Deliver at least 100 peer challenges, of which 60 corporate or finance", 100, COUNT, "peer-challenges-delivered"),
            new Target(2022, "corporate-peer-challenge", "At least 40 councils receive a CPC progress review", 40, COUNT, "cpc-progress-reviews-delivered"),
            new Target(2022, "leadership-academy", "900 councillors from 240 councils attend leadership programmes", 900, COUNT, "councillors-attending-leadership-programmes"),
            new Target(2022, "next-generation", "90 per cent of Next Generation delegates satisfied", 90, PER_CENT, "next-generation-delegates-satisfied"),
            new Target(2022, "ignite", "85 per cent of chief executives report increased confidence", 85, PER_CENT, "increased-confidence-chief-executives"),
            new Target(2022, "ngdp", "Place at least 95 graduates in councils through the National Graduate Development Programme", 95, COUNT, "ngdp-graduates-placed"),
            new Target(2022, "be-a-councillor", "Hold at least 12 Be a Councillor events ahead of the May elections", 12, COUNT, "be-a-councillor-events"),
            new Target(2022, "post-election-support", "Offer post-election support to at least 25 councils after the May elections", 25, COUNT, "post-election-support-councils"),

            new Target(2023, "corporate-peer-challenge", "Deliver at least 100 peer challenges, of which 60 corporate or finance", 100, COUNT, "peer-challenges-delivered"),
            new Target(2023, "corporate-peer-challenge", "At least 35 councils receive a CPC progress review", 35, COUNT, "cpc-progress-reviews-delivered"),
            new Target(2023, "leadership-academy", "950 councillors from 250 councils attend leadership programmes", 950, COUNT, "councillors-attending-leadership-programmes"),
            new Target(2023, "next-generation", "85 per cent of Next Generation delegates satisfied", 85, PER_CENT, "next-generation-delegates-satisfied"),
            new Target(2023, "ignite", "85 per cent of chief executives report increased confidence", 85, PER_CENT, "increased-confidence-chief-executives"),
            new Target(2023, "ngdp", "Place at least 100 graduates in councils through the National Graduate Development Programme", 100, COUNT, "ngdp-graduates-placed"),
            new Target(2023, "be-a-councillor", "Hold at least 12 Be a Councillor events ahead of the May elections", 12, COUNT, "be-a-councillor-events"),
            new Target(2023, "post-election-support", "Offer post-election support to at least 25 councils after the May elections", 25, COUNT, "post-election-support-councils"),
            new Target(2023, "transformation-experts", "Deliver at least 300 days of transformation expert support", 300, COUNT, "transformation-expert-days"),

            new Target(2024, "corporate-peer-challenge", "Deliver at least 95 peer challenges, of which 60 corporate or finance", 95, COUNT, "peer-challenges-delivered"),
            new Target(2024, "corporate-peer-challenge", "At least 35 councils receive a CPC progress review", 35, COUNT, "cpc-progress-reviews-delivered"),
            new Target(2024, "leadership-academy", "900 councillors from 250 councils attend leadership programmes", 900, COUNT, "councillors-attending-leadership-programmes"),
            new Target(2024, "next-generation", "95 per cent of Next Generation delegates satisfied", 95, PER_CENT, "next-generation-delegates-satisfied"),
            new Target(2024, "ignite", "70 per cent of chief executives report increased confidence", 70, PER_CENT, "increased-confidence-chief-executives"),
            new Target(2024, "ngdp", "Place at least 95 graduates in councils through the National Graduate Development Programme", 95, COUNT, "ngdp-graduates-placed"),
            new Target(2024, "be-a-councillor", "Hold at least 12 Be a Councillor events ahead of the May elections", 12, COUNT, "be-a-councillor-events"),
            new Target(2024, "post-election-support", "Offer post-election support to at least 25 councils after the May elections", 25, COUNT, "post-election-support-councils"),
            new Target(2024, "transformation-experts", "Deliver at least 400 days of transformation expert support", 400, COUNT, "transformation-expert-days"),

            new Target(2025, "corporate-peer-challenge", "Deliver at least 100 peer challenges, of which 60 corporate or finance", 100, COUNT, "peer-challenges-delivered"),
            new Target(2025, "corporate-peer-challenge", "At least 40 councils receive a CPC progress review", 40, COUNT, "cpc-progress-reviews-delivered"),
            new Target(2025, "leadership-academy", "900 councillors from 250 councils attend leadership programmes", 900, COUNT, "councillors-attending-leadership-programmes"),
            new Target(2025, "next-generation", "90 per cent of Next Generation delegates satisfied", 90, PER_CENT, "next-generation-delegates-satisfied"),
            new Target(2025, "ignite", "80 per cent of chief executives report increased confidence", 80, PER_CENT, "increased-confidence-chief-executives"),
            new Target(2025, "ngdp", "Place at least 110 graduates in councils through the National Graduate Development Programme", 110, COUNT, "ngdp-graduates-placed"),
            new Target(2025, "be-a-councillor", "Hold at least 12 Be a Councillor events ahead of the May elections", 12, COUNT, "be-a-councillor-events"),
            new Target(2025, "post-election-support", "Offer post-election support to at least 25 councils after the May elections", 25, COUNT, "post-election-support-councils"),
            new Target(2025, "targeted-finance-support", "75 per cent of councils receiving targeted finance support report a positive impact", 75, PER_CENT, "finance-support-positive-impact"),

            new Target(2026, "corporate-peer-challenge", "Deliver at least 120 peer challenges, of which 75 corporate or finance", 120, COUNT, "peer-challenges-delivered"),
            new Target(2026, "corporate-peer-challenge", "At least 45 councils receive a CPC progress review", 45, COUNT, "cpc-progress-reviews-delivered"),
            new Target(2026, "leadership-academy", "950 councillors from 260 councils attend leadership programmes", 950, COUNT, "councillors-attending-leadership-programmes"),
            new Target(2026, "next-generation", "95 per cent of Next Generation delegates satisfied", 95, PER_CENT, "next-generation-delegates-satisfied"),
            new Target(2026, "ignite", "90 per cent of chief executives report increased confidence", 90, PER_CENT, "increased-confidence-chief-executives"),
            new Target(2026, "ngdp", "Place at least 120 graduates in councils through the National Graduate Development Programme", 120, COUNT, "ngdp-graduates-placed"),
            new Target(2026, "be-a-councillor", "Hold at least 15 Be a Councillor events ahead of the May elections", 15, COUNT, "be-a-councillor-events"),
            new Target(2026, "post-election-support", "Offer post-election support to at least 25 councils after the May elections", 25, COUNT, "post-election-support-councils"),
            new Target(2026, "targeted-finance-support", "90 per cent of councils receiving targeted finance support report a positive impact", 90, PER_CENT, "finance-support-positive-impact"),
            new Target(2026, "transformation-experts", "Deliver at least 400 days of transformation expert support", 400, COUNT, "transformation-expert-days"));

    private DemoDeliverables() {
    }

    static List<DemoActivity.DeliverableRow> generate(DemoProgrammeActivity activity) {
        List<DemoActivity.DeliverableRow> rows = new ArrayList<>();
        for (FinancialYear year : activity.years) {
            for (Target target : TARGETS) {
                if (target.year() == year.startYear() && activity.runs(target.programme(), year)) {
                    rows.add(new DemoActivity.DeliverableRow(rows.size() + 1L, target.programme(), target.year(),
                            target.statement(), BigDecimal.valueOf(target.value()), target.unit(), target.metric()));
                }
            }
        }
        return rows;
    }
}
