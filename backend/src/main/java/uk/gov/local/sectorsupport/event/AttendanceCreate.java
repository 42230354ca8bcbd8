package uk.gov.local.sectorsupport.event;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.local.sectorsupport.common.ParticipantRole;
import uk.gov.local.sectorsupport.common.PseudonymousKey;

@Schema(description = "A booking on the event", requiredProperties = { "attendeeRole", "attended" })
public record AttendanceCreate(
        @Pattern(regexp = "E[0-9]{8}", message = "must be an English GSS code such as E06000047")
        @Schema(description = "GSS code of the attendee's council; absent for someone from outside local "
                + "government. The council must have existed on the event's dates", example = "E06000047")
        String council,
        @NotNull ParticipantRole attendeeRole,
        @Pattern(regexp = PseudonymousKey.PATTERN, message = PseudonymousKey.MESSAGE)
        @Schema(description = "A pseudonymous key for the person, unique on the event (409 when already used): "
                + "never a name or an email address. Default: a generated `att-` key",
                pattern = PseudonymousKey.PATTERN, example = "att-7q2mxk4bz9ra") String attendeeKey,
        @NotNull @Schema(description = "Whether they came; false for a booking they did not attend") Boolean attended,
        @Size(max = 100)
        @Schema(description = "The owning organisation's own identifier; unique within that organisation (409 when "
                + "already used)", example = "BK-20419") String externalId) implements AttendanceFields {
}
