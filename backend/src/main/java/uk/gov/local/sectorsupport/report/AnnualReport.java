package uk.gov.local.sectorsupport.report;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.local.sectorsupport.council.Region;

@Schema(name = "AnnualReport", description = "The annual report's figures for a financial year, computed from the "
        + "records, by section", requiredProperties = { "financialYear", "councils", "councilsNote", "generatedAt",
                "sections", "deliverables", "eventsByTheme" })
public record AnnualReport(
        @Schema(example = "2024-25") String financialYear,
        CouncilCounting councils,
        @Schema(example = "Councils as they were in the financial year") String councilsNote,
        @Schema(description = "The region it is limited to, if any") Region region,
        Instant generatedAt,
        List<ReportSection> sections,
        List<DeliverableProgress> deliverables,
        List<ThemeActivity> eventsByTheme) {
}
