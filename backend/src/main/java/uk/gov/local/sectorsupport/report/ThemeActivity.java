package uk.gov.local.sectorsupport.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.local.sectorsupport.programme.Theme;

@Schema(name = "ThemeActivity", description = "Events and delegates of one theme in the year",
        requiredProperties = { "theme", "themeLabel", "events", "delegates" })
public record ThemeActivity(Theme theme, @Schema(example = "Governance and leadership") String themeLabel,
        @Schema(example = "412") long events, @Schema(description = "Attendances marked attended", example = "9310")
        long delegates) {
}
