package uk.gov.local.sectorsupport.council;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A link to another council, e.g. a predecessor, successor or county. */
@Schema(description = "A reference to another council", requiredProperties = { "gssCode", "name" })
public record CouncilRef(
        @Schema(example = "E10000006") String gssCode,
        @Schema(example = "Cumbria") String name,
        @Schema(description = "Absent when the register has no reliable date", example = "1974-04-01") LocalDate startDate,
        @Schema(description = "Last day it existed; absent while it exists", example = "2023-03-31") LocalDate endDate) {

    public static CouncilRef from(Council council) {
        return council == null ? null
                : new CouncilRef(council.gssCode, council.name, council.startDate, council.endDate);
    }
}
