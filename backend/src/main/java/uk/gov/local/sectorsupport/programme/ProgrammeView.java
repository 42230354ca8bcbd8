package uk.gov.local.sectorsupport.programme;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.local.sectorsupport.common.FinancialYear;
import uk.gov.local.sectorsupport.organisation.OrganisationRef;

@Schema(description = "A programme in the catalogue", requiredProperties = { "id", "name", "theme", "themeLabel",
        "funder", "funderLabel", "deliveringOrganisation", "audience", "audienceLabel", "activeFrom", "active",
        "version", "updatedAt" })
public record ProgrammeView(
        @Schema(description = "Stable identifier (a slug)", example = "leadership-essentials") String id,
        @Schema(example = "Leadership Essentials") String name,
        Theme theme,
        @Schema(example = "Governance and leadership") String themeLabel,
        Funder funder,
        @Schema(example = "MHCLG grant") String funderLabel,
        OrganisationRef deliveringOrganisation,
        Audience audience,
        @Schema(example = "Councillors") String audienceLabel,
        @Schema(example = "Short themed programmes for councillors with a particular portfolio.") String description,
        @Schema(description = "First financial year it ran", example = "2012-13") String activeFrom,
        @Schema(description = "Last financial year it ran; absent while it runs", example = "2024-25") String activeTo,
        @Schema(description = "Runs in the current financial year") boolean active,
        @Schema(description = "The record's version; the ETag of a single read", example = "0") int version,
        @Schema(example = "2026-11-22T10:15:30Z") Instant updatedAt) {

    static ProgrammeView from(Programme programme, FinancialYear current) {
        return new ProgrammeView(programme.id, programme.name, programme.theme, programme.theme.label(),
                programme.funder, programme.funder.label(), OrganisationRef.from(programme.deliveringOrganisation),
                programme.audience, programme.audience.label(), programme.description,
                new FinancialYear(programme.activeFromYear).toString(),
                programme.activeToYear == null ? null : new FinancialYear(programme.activeToYear).toString(),
                programme.runsIn(current), programme.version, programme.updatedAt);
    }
}
