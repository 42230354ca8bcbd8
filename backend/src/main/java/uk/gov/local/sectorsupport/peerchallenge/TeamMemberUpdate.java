package uk.gov.local.sectorsupport.peerchallenge;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Change a team member's role or days", requiredProperties = { "role", "days" })
public record TeamMemberUpdate(
        @NotNull TeamRole role,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 1)
        @Schema(description = "Days the peer contributes, in tenths", example = "5") BigDecimal days) {
}
