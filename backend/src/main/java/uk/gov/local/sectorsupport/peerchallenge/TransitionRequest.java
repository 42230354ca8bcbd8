package uk.gov.local.sectorsupport.peerchallenge;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Move a peer challenge to its next status", requiredProperties = { "to" })
public record TransitionRequest(
        @NotNull @Schema(description = "The new status; must be allowed from the current one (see `allowedTransitions`)")
        PeerChallengeStatus to,
        @Schema(description = "For report-published and action-plan-published: the publication date (default today, "
                + "or the date already recorded)", example = "2025-05-20") LocalDate date) {
}
