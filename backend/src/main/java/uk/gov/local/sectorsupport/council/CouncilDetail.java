package uk.gov.local.sectorsupport.council;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One council with its place in the structure of local government. */
@Schema(description = "A council with its county, combined authority and reorganisation history",
        requiredProperties = { "gssCode", "name", "officialName", "localAuthorityCode", "type", "typeLabel", "region",
                "regionLabel", "nation", "nationLabel", "current", "predecessors", "successors" })
public record CouncilDetail(
        @Schema(description = "ONS GSS code", example = "E06000063") String gssCode,
        @Schema(example = "Cumberland") String name,
        @Schema(example = "Cumberland Council") String officialName,
        @Schema(description = "Stable register code", example = "CBD") String localAuthorityCode,
        CouncilType type,
        @Schema(example = "Unitary authority") String typeLabel,
        Region region,
        @Schema(example = "North West") String regionLabel,
        Nation nation,
        @Schema(example = "England") String nationLabel,
        @Schema(description = "Absent when the register has no reliable date", example = "2023-04-01") LocalDate startDate,
        @Schema(description = "Last day the council existed; absent while it exists", example = "2023-03-31") LocalDate endDate,
        @Schema(description = "Whether the council exists today") boolean current,
        @Schema(description = "For a district: its county council; absent otherwise") CouncilRef county,
        @Schema(description = "The combined authority it belongs to, if any") CouncilRef combinedAuthority,
        @Schema(description = "Councils this one replaced") List<CouncilRef> predecessors,
        @Schema(description = "Councils that replaced this one") List<CouncilRef> successors) {

    static CouncilDetail from(Council council, LocalDate today) {
        return new CouncilDetail(council.gssCode, council.name, council.officialName, council.localAuthorityCode,
                council.type, council.type.label(), council.region, council.region.label(), council.nation,
                council.nation.label(), council.startDate, council.endDate, council.isCurrentOn(today),
                CouncilRef.from(council.county), CouncilRef.from(council.combinedAuthority),
                council.predecessors.stream().map(CouncilRef::from).toList(),
                council.successors.stream().map(CouncilRef::from).toList());
    }
}
