package uk.gov.local.sectorsupport.timeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.local.sectorsupport.common.ParticipantRole;
import uk.gov.local.sectorsupport.council.CouncilRef;
import uk.gov.local.sectorsupport.engagement.EngagementType;
import uk.gov.local.sectorsupport.event.EventFormat;
import uk.gov.local.sectorsupport.event.EventType;
import uk.gov.local.sectorsupport.organisation.OrganisationRef;
import uk.gov.local.sectorsupport.peerchallenge.PeerChallengeStatus;
import uk.gov.local.sectorsupport.peerchallenge.PeerChallengeType;
import uk.gov.local.sectorsupport.programme.ProgrammeRef;

/** One piece of support a council received. Exactly one of the kind-specific parts is present, the one `kind` names. */
@Schema(description = "One piece of support a council received: a peer challenge, an event its people attended, a "
        + "cohort its people were on, or a support engagement. The part named after the kind has the details.",
        requiredProperties = { "kind", "kindLabel", "id", "date", "financialYear", "title", "summary", "organisation" })
public record TimelineEntry(
        TimelineKind kind,
        @Schema(example = "Event") String kindLabel,
        @Schema(description = "Id of the peer challenge, event, cohort or support engagement", example = "42") long id,
        @Schema(description = "When it started: a peer challenge's first day on site (its request date while not "
                + "scheduled), an event's or engagement's start, a cohort's start", example = "2024-11-14") LocalDate date,
        @Schema(description = "Last day, when later than `date`; absent for one day or while it continues",
                example = "2024-11-15") LocalDate endDate,
        @Schema(description = "The financial year the entry sits in: that of `date`, or a cohort's intake year",
                example = "2024-25") String financialYear,
        @Schema(example = "Leadership Essentials: finance") String title,
        @Schema(description = "The programme it was part of, where there is one") ProgrammeRef programme,
        @Schema(description = "A short sentence on what the council received",
                example = "3 attended (2 councillors, 1 officer); 1 booked but did not attend") String summary,
        @Schema(description = "Whose record it is; peer challenges are the LGA's") OrganisationRef organisation,
        @Schema(description = "Present when the support went to a council this one replaced (directly or through "
                + "earlier reorganisations), such as Allerdale's for Cumberland: that council. Absent for the "
                + "council's own support") CouncilRef predecessor,
        PeerChallengePart peerChallenge,
        EventPart event,
        CohortPart cohort,
        SupportEngagementPart supportEngagement) {

    @Schema(name = "TimelinePeerChallenge", description = "A peer challenge of the council",
            requiredProperties = { "type", "typeLabel", "status", "statusLabel", "teamSize", "peerDays" })
    public record PeerChallengePart(
            PeerChallengeType type,
            @Schema(example = "Corporate Peer Challenge") String typeLabel,
            PeerChallengeStatus status,
            @Schema(example = "Report published") String statusLabel,
            @Schema(example = "5") long teamSize,
            @Schema(example = "22.5") BigDecimal peerDays) {
    }

    @Schema(name = "TimelineEvent", description = "Bookings on an event by people from the council",
            requiredProperties = { "type", "typeLabel", "format", "formatLabel", "attended", "bookedOnly", "byRole" })
    public record EventPart(
            EventType type,
            @Schema(example = "Masterclass") String typeLabel,
            EventFormat format,
            @Schema(example = "In person") String formatLabel,
            @Schema(description = "People from the council who attended", example = "3") long attended,
            @Schema(description = "People from the council who booked but did not attend", example = "1") long bookedOnly,
            @Schema(description = "The same counts by attendee role, roles with a booking only") List<RoleCount> byRole) {
    }

    @Schema(name = "TimelineRoleCount", description = "Bookings by people of one role",
            requiredProperties = { "role", "roleLabel", "attended", "bookedOnly" })
    public record RoleCount(
            ParticipantRole role,
            @Schema(example = "Councillor") String roleLabel,
            @Schema(example = "2") long attended,
            @Schema(example = "0") long bookedOnly) {
    }

    @Schema(name = "TimelineCohort", description = "Enrolments on a cohort by people from (or placed at) the council",
            requiredProperties = { "participants", "enrolled", "completed", "withdrawn" })
    public record CohortPart(
            @Schema(example = "3") long participants,
            @Schema(description = "Still on the programme", example = "1") long enrolled,
            @Schema(example = "1") long completed,
            @Schema(example = "1") long withdrawn) {
    }

    @Schema(name = "TimelineSupportEngagement", description = "Bespoke support to the council",
            requiredProperties = { "type", "typeLabel", "daysDelivered" })
    public record SupportEngagementPart(
            EngagementType type,
            @Schema(example = "Mentoring") String typeLabel,
            @Schema(example = "6.5") BigDecimal daysDelivered) {
    }
}
