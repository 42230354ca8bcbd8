package uk.gov.local.sectorsupport.extract;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A dataset as the catalogue lists it. */
@Schema(description = "A dataset analysts can pull", requiredProperties = { "name", "description", "columns", "rows",
        "incremental", "filters", "formats" })
public record ExtractInfo(
        @Schema(example = "survey-responses") String name,
        @Schema(example = "Feedback on events, peer challenges, engagements and cohorts") String description,
        List<ExtractColumn> columns,
        @Schema(description = "Rows now (withdrawn records not counted)", example = "5609") long rows,
        @Schema(description = "When a row last changed; absent for reference data without change tracking")
        Instant lastChangedAt,
        @Schema(description = "Whether `updatedSince` selects changed rows; otherwise the dataset always comes whole")
        boolean incremental,
        @Schema(description = "The filters that apply", example = "[\"financialYear\", \"programme\"]") List<String> filters,
        @Schema(description = "Where to pull it", example = "/api/v1/extracts/survey-responses") String href,
        @Schema(example = "[\"ndjson\", \"csv\", \"json\"]") List<String> formats) {
}
