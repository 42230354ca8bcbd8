package uk.gov.local.sectorsupport.cohort;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.local.sectorsupport.common.ParticipantRole;
import uk.gov.local.sectorsupport.council.CouncilRef;
import uk.gov.local.sectorsupport.organisation.OrganisationRef;

/** An enrolment. Self-reported diversity answers are never returned: see the cohort's diversity aggregate. */
@Schema(description = "A participant's enrolment on a cohort, under a pseudonymous key. Self-reported diversity "
        + "answers are never returned; they are counted only in the cohort's diversity aggregate",
        requiredProperties = { "id", "cohortId", "participantKey", "council", "participantRole",
                "participantRoleLabel", "status", "statusLabel", "organisation", "version", "updatedAt" })
public record EnrolmentView(
        @Schema(example = "3051") long id,
        @Schema(example = "12") long cohortId,
        @Schema(example = "par-7k2m9q4xw3ab") String participantKey,
        @Schema(description = "The participant's council; for placement programmes such as NGDP, the host council")
        CouncilRef council,
        ParticipantRole participantRole,
        @Schema(example = "Officer") String participantRoleLabel,
        EnrolmentStatus status,
        @Schema(example = "Enrolled") String statusLabel,
        @Schema(description = "The organisation the record belongs to") OrganisationRef organisation,
        @Schema(description = "The owning organisation's own identifier", example = "NGDP-25-0042") String externalId,
        @Schema(description = "The record's version; the ETag of a single read", example = "0") int version,
        @Schema(description = "When the record last changed", example = "2025-02-03T10:15:30Z") Instant updatedAt) {

    static EnrolmentView from(Enrolment enrolment) {
        return new EnrolmentView(enrolment.id, enrolment.cohort.id, enrolment.participantKey,
                CouncilRef.from(enrolment.council), enrolment.participantRole, enrolment.participantRole.label(),
                enrolment.status, enrolment.status.label(), OrganisationRef.from(enrolment.organisation),
                enrolment.externalId, enrolment.version, enrolment.updatedAt);
    }
}
