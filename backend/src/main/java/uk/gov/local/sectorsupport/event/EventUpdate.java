package uk.gov.local.sectorsupport.event;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.local.sectorsupport.council.Region;

@Schema(description = "An event, replaced whole (but see `organisation` and `externalId`)",
        requiredProperties = { "programme", "title", "type", "format", "startDate" })
public record EventUpdate(
        @NotBlank @Size(max = 100) @Schema(description = "Id of the programme it is run under", example = "leadership-essentials")
        String programme,
        @NotBlank @Size(max = 200) @Schema(example = "Leadership Essentials: finance for portfolio holders") String title,
        @NotNull EventType type,
        @NotNull EventFormat format,
        @NotNull @Schema(example = "2024-11-14") LocalDate startDate,
        @Schema(description = "Last day; on or after the start. Default: the start date (a one-day event)",
                example = "2024-11-15") LocalDate endDate,
        @Schema(description = "Where it is held: required for in-person and hybrid events, none for online ones")
        Region region,
        @Size(max = 200) @Schema(example = "Warwick Conferences, Scarman House") String venue,
        @Positive @Schema(description = "Places offered. Not a limit: bookings beyond it are accepted",
                example = "30") Integer capacity,
        @Size(max = 100) @Schema(description = "Id of the organisation the event (and so its attendances) belongs "
                + "to. Absent leaves it unchanged", example = "lga") String organisation,
        @Size(max = 100)
        @Schema(description = "The owning organisation's own identifier; unique within that organisation (409 "
                + "when already used). Absent leaves it unchanged", example = "LE-FIN-2024-11") String externalId)
        implements EventFields {
}
