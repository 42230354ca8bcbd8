package uk.gov.local.sectorsupport.report;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.local.sectorsupport.council.CouncilRef;

@Schema(name = "FigureRecord", description = "One record behind a figure: a council counted, a record counted, a "
        + "participant (by pseudonymous key), or a response or challenge in a percentage",
        requiredProperties = { "ref", "type", "id", "label", "records" })
public record FigureRecord(
        @Schema(description = "type:id, as a snapshot stores it", example = "peer-challenge:1402") String ref,
        @Schema(example = "peer-challenge", enumeration = { "council", "peer-challenge", "team-member", "event",
                "attendance", "enrolment", "support-engagement", "survey-response", "participant" }) String type,
        @Schema(example = "1402") String id,
        @Schema(description = "The date that places it in the year (the latest, for a council or participant)",
                example = "2024-10-14") LocalDate date,
        @Schema(example = "CPC, Cumberland") String label,
        @Schema(description = "The council it is about, as counted") CouncilRef council,
        @Schema(description = "Days, for a figure that sums them", example = "5") BigDecimal days,
        @Schema(description = "How many records it stands for (a council's or participant's)", example = "1")
        long records) {
}
