package uk.gov.local.sectorsupport.cohort;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.local.sectorsupport.common.ParticipantRole;
import uk.gov.local.sectorsupport.common.PseudonymousKey;
import uk.gov.local.sectorsupport.peer.EthnicGroup;
import uk.gov.local.sectorsupport.peer.Sex;

@Schema(description = "An enrolment, replaced whole, except that an absent `participantKey`, `externalId` or "
        + "diversity answer leaves the recorded value unchanged (diversity answers are never read "
        + "back, so a form cannot resend them)", requiredProperties = { "council", "participantRole", "status" })
public record EnrolmentUpdate(
        @Pattern(regexp = PseudonymousKey.PATTERN, message = PseudonymousKey.MESSAGE)
        @Schema(description = "A pseudonymous key for the participant, unique within the cohort (409 when taken); never a "
                + "name or email", example = "par-7k2m9q4xw3ab") String participantKey,
        @NotBlank @Pattern(regexp = "E[0-9]{8}", message = "must be an English GSS code such as E06000047")
        @Schema(description = "GSS code of the participant's council; for placement programmes such as NGDP, the host "
                + "council", example = "E06000047") String council,
        @NotNull @Schema(description = "The role the participant comes in") ParticipantRole participantRole,
        @NotNull EnrolmentStatus status,
        @Schema(description = "Optional, self-reported; never returned, only counted in aggregate") Sex sex,
        @Schema(description = "Optional, self-reported; never returned, only counted in aggregate") EthnicGroup ethnicGroup,
        @Schema(description = "Optional, self-reported; never returned, only counted in aggregate") Disability disability,
        @Size(max = 100)
        @Schema(description = "The cohort's organisation's own identifier for it; unique within that "
                + "organisation (409 when taken). Absent leaves it unchanged", example = "NGDP-25-0042") String externalId) implements EnrolmentFields {
}
