package uk.gov.local.sectorsupport.peer;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new peer", requiredProperties = { "kind", "name", "homeCouncil" })
public record PeerCreate(
        @NotNull PeerKind kind,
        @NotBlank @Size(max = 200) @Schema(example = "Cllr Alex Morgan") String name,
        @Email @Size(max = 200) @Schema(example = "alex.morgan@example.org") String email,
        @Size(max = 40) @Schema(example = "01632 960123") String phone,
        @Size(max = 200) @Schema(description = "For officer peers: their post", example = "Chief Executive") String jobTitle,
        @Schema(description = "Member peers only") PoliticalGroup politicalGroup,
        @NotBlank @Pattern(regexp = "E[0-9]{8}", message = "must be an English GSS code such as E06000047")
        @Schema(description = "GSS code of the peer's own council", example = "E06000047") String homeCouncil,
        @Schema(description = "When the peer completed LGA peer training", example = "2021-06-15") LocalDate accreditationDate,
        @Schema(description = "Whether the peer is available for teams; default true") Boolean active,
        @Schema(description = "Optional, self-reported; never returned, only counted in aggregate") Sex sex,
        @Schema(description = "Optional, self-reported; never returned, only counted in aggregate") EthnicGroup ethnicGroup) implements PeerFields {
}
