package uk.gov.local.sectorsupport.peerchallenge;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new peer challenge", requiredProperties = { "type", "council" })
public record PeerChallengeCreate(
        @NotNull PeerChallengeType type,
        @NotBlank @Pattern(regexp = "E[0-9]{8}", message = "must be an English GSS code such as E07000215")
        @Schema(description = "GSS code of the council challenged", example = "E07000215") String council,
        @Schema(description = "Where it starts in the lifecycle; default `requested`. A later status (for recording a past challenge) needs the dates that status implies")
        PeerChallengeStatus status,
        @Schema(description = "When the council asked; default today", example = "2024-09-02") LocalDate requestedDate,
        @Schema(description = "First day on site", example = "2025-03-10") LocalDate onSiteStartDate,
        @Schema(description = "Last day on site; on or after the first", example = "2025-03-13") LocalDate onSiteEndDate,
        @Schema(description = "Core elements in scope (a CPC covers all five)") Set<@NotNull FocusArea> focusAreas,
        @Size(max = 200) @Schema(description = "The LGA peer challenge manager", example = "Sam Patel")
        String peerChallengeManager,
        @Schema(description = "Only once the status is report-published or later; not before the on-site end",
                example = "2025-05-20") LocalDate reportPublishedDate,
        @Schema(description = "Only once the status is action-plan-published; not before the report",
                example = "2025-07-15") LocalDate actionPlanPublishedDate,
        @Schema(description = "For a CPC progress review (and only then): the id of the CPC of the same council it follows up",
                example = "41") Long followsUpId,
        @Size(max = 2000) @Schema(description = "Free text for LGA staff", example = "Council asked for a focus on housing")
        String notes) implements PeerChallengeFields {
}
