package uk.gov.local.sectorsupport.metric;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of PUT /metrics/{key}: the whole metric (its key is in the path). */
@Schema(name = "MetricUpdate", requiredProperties = { "label", "section", "kind", "unit", "definition", "sentence" })
public record MetricUpdate(
        @NotBlank @Size(max = 200) @Schema(example = "Councils engaged in a CPC, FPC or GPC") String label,
        @NotBlank @Size(max = 100) @Schema(example = "Peer challenge") String section,
        @Schema(description = "Order within the report; default 0", example = "10") Integer position,
        @NotNull MetricKind kind,
        @NotNull MetricUnit unit,
        @NotNull @Valid MetricDefinition definition,
        @NotBlank @Size(max = 500)
        @Schema(example = "{value} councils engaged in a corporate, finance or governance peer challenge") String sentence) {
}
