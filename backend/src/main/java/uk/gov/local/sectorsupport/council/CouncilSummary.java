package uk.gov.local.sectorsupport.council;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A council as it appears in a list. */
@Schema(description = "A council in a list", requiredProperties = { "gssCode", "name", "type", "typeLabel", "region",
        "regionLabel", "nation", "nationLabel", "current" })
public record CouncilSummary(
        @Schema(description = "ONS GSS code", example = "E06000063") String gssCode,
        @Schema(example = "Cumberland") String name,
        CouncilType type,
        @Schema(example = "Unitary authority") String typeLabel,
        Region region,
        @Schema(example = "North West") String regionLabel,
        Nation nation,
        @Schema(example = "England") String nationLabel,
        @Schema(description = "Known for councils created since 2009; absent when the register has no reliable date",
                example = "2023-04-01") LocalDate startDate,
        @Schema(description = "Last day the council existed; absent while it exists", example = "2023-03-31") LocalDate endDate,
        @Schema(description = "Whether the council exists today") boolean current) {

    static CouncilSummary from(Council council, LocalDate today) {
        return new CouncilSummary(council.gssCode, council.name, council.type, council.type.label(),
                council.region, council.region.label(), council.nation, council.nation.label(),
                council.startDate, council.endDate, council.isCurrentOn(today));
    }
}
