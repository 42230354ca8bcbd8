package uk.gov.local.sectorsupport.programme;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A link to the programme a record is part of. */
@Schema(description = "A reference to a programme", requiredProperties = { "id", "name", "theme", "themeLabel" })
public record ProgrammeRef(
        @Schema(example = "leadership-essentials") String id,
        @Schema(example = "Leadership Essentials") String name,
        Theme theme,
        @Schema(example = "Governance and leadership") String themeLabel) {

    public static ProgrammeRef from(Programme programme) {
        return programme == null ? null
                : new ProgrammeRef(programme.id, programme.name, programme.theme, programme.theme.label());
    }
}
