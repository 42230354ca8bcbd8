package uk.gov.local.sectorsupport.partner;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Disable a partner client (its token requests are refused) or enable it again",
        requiredProperties = "enabled")
public record PartnerClientEnabled(
        @Schema(example = "false") @NotNull Boolean enabled) {
}
