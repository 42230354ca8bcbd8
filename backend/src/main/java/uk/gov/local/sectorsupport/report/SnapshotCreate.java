package uk.gov.local.sectorsupport.report;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SnapshotCreate", description = "What the snapshot is of; all optional")
public record SnapshotCreate(
        @Schema(description = "Default as-at") CouncilCounting councils,
        @Schema(description = "A region to limit it to") String region,
        @Size(max = 500) @Schema(example = "As published in the 2024-25 annual report") String note) {
}
