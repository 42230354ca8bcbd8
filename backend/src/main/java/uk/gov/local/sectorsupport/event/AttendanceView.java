package uk.gov.local.sectorsupport.event;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.local.sectorsupport.common.ParticipantRole;
import uk.gov.local.sectorsupport.council.CouncilRef;
import uk.gov.local.sectorsupport.organisation.OrganisationRef;

/** One booking on an event, under a pseudonymous key. */
@Schema(description = "A booking on an event; the person is known only by a pseudonymous key",
        requiredProperties = { "id", "eventId", "attendeeRole", "attendeeRoleLabel", "attendeeKey", "attended",
                "organisation", "version", "updatedAt" })
public record AttendanceView(
        @Schema(example = "5120") long id,
        @Schema(example = "311") long eventId,
        @Schema(description = "Absent for someone from outside local government") CouncilRef council,
        ParticipantRole attendeeRole,
        @Schema(example = "Councillor") String attendeeRoleLabel,
        @Schema(example = "att-7q2mxk4bz9ra") String attendeeKey,
        @Schema(description = "False for a booking the person did not attend") boolean attended,
        @Schema(description = "Always the event's organisation") OrganisationRef organisation,
        @Schema(example = "BK-20419") String externalId,
        @Schema(description = "The record's version; the ETag of a single read", example = "0") int version,
        @Schema(example = "2024-11-20T09:30:00Z") Instant updatedAt) {

    public static AttendanceView from(Attendance attendance) {
        return new AttendanceView(attendance.id, attendance.event.id, CouncilRef.from(attendance.council),
                attendance.attendeeRole, attendance.attendeeRole.label(), attendance.attendeeKey, attendance.attended,
                OrganisationRef.from(attendance.organisation), attendance.externalId, attendance.version,
                attendance.updatedAt);
    }
}
