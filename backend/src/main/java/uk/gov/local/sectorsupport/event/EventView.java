package uk.gov.local.sectorsupport.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.local.sectorsupport.common.ParticipantRole;
import uk.gov.local.sectorsupport.council.Region;
import uk.gov.local.sectorsupport.organisation.OrganisationRef;
import uk.gov.local.sectorsupport.programme.ProgrammeRef;

/** An event with the figures computed from its attendances. */
@Schema(description = "An event with its attendance figures",
        requiredProperties = { "id", "programme", "title", "type", "typeLabel", "format", "formatLabel", "startDate",
                "endDate", "financialYear", "organisation", "booked", "attended", "councilsRepresented",
                "attendedByRole", "version", "updatedAt" })
public record EventView(
        @Schema(example = "311") long id,
        ProgrammeRef programme,
        @Schema(example = "Leadership Essentials: finance for portfolio holders") String title,
        EventType type,
        @Schema(example = "Masterclass") String typeLabel,
        EventFormat format,
        @Schema(example = "In person") String formatLabel,
        @Schema(example = "2024-11-14") LocalDate startDate,
        @Schema(example = "2024-11-15") LocalDate endDate,
        @Schema(description = "By the start date", example = "2024-25") String financialYear,
        @Schema(description = "Absent for an online event") Region region,
        @Schema(example = "Warwick Conferences, Scarman House") String venue,
        @Schema(example = "30") Integer capacity,
        OrganisationRef organisation,
        @Schema(example = "LE-FIN-2024-11") String externalId,
        @Schema(description = "Bookings: every attendance record, attended or not", example = "32") long booked,
        @Schema(description = "Attendances marked as attended", example = "27") long attended,
        @Schema(description = "Distinct councils among those who attended", example = "19") long councilsRepresented,
        @Schema(description = "Attended, by attendee role; every role, in a fixed order") List<RoleCount> attendedByRole,
        @Schema(description = "More bookings than the capacity (allowed: real events overbook); absent when no "
                + "capacity is set") Boolean overbooked,
        @Schema(description = "The record's version; the ETag of a single read. Adding or changing attendances "
                + "does not change it", example = "0") int version,
        @Schema(example = "2024-11-20T09:30:00Z") Instant updatedAt) {

    @Schema(name = "EventRoleCount", description = "How many of one attendee role attended",
            requiredProperties = { "role", "roleLabel", "attended" })
    public record RoleCount(
            ParticipantRole role,
            @Schema(example = "Councillor") String roleLabel,
            @Schema(example = "21") long attended) {
    }
}
