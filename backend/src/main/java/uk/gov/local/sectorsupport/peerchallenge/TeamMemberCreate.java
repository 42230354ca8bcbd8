package uk.gov.local.sectorsupport.peerchallenge;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Put a peer on the team", requiredProperties = { "peerId", "role", "days" })
public record TeamMemberCreate(
        @NotNull @Schema(example = "17") Long peerId,
        @NotNull @Schema(description = "Lead member and member peers must be member peers; officer peers officer peers")
        TeamRole role,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 1)
        @Schema(description = "Days the peer contributes, in tenths", example = "4.5") BigDecimal days) {
}
