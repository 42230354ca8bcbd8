package uk.gov.local.sectorsupport.engagement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.local.sectorsupport.council.CouncilRef;
import uk.gov.local.sectorsupport.council.Region;
import uk.gov.local.sectorsupport.organisation.OrganisationRef;
import uk.gov.local.sectorsupport.programme.ProgrammeRef;

/** A support engagement. Lead adviser and notes are for LGA staff and administrators only. */
@Schema(description = "Bespoke support to one council",
        requiredProperties = { "id", "programme", "council", "type", "typeLabel", "startDate", "financialYear",
                "daysDelivered", "organisation", "version", "updatedAt" })
public record SupportEngagementView(
        @Schema(example = "17") long id,
        ProgrammeRef programme,
        CouncilRef council,
        @Schema(description = "The council's region") Region region,
        EngagementType type,
        @Schema(example = "Targeted finance support") String typeLabel,
        @Schema(example = "2024-06-03") LocalDate startDate,
        @Schema(description = "Absent while the support continues", example = "2025-01-31") LocalDate endDate,
        @Schema(description = "The financial year it started in", example = "2024-25") String financialYear,
        @Schema(example = "6.5") BigDecimal daysDelivered,
        @Schema(description = "Staff and admin only", example = "Sam Patel") String leadAdviser,
        @Schema(description = "Staff and admin only") String notes,
        OrganisationRef organisation,
        @Schema(description = "The organisation's own identifier for it", example = "TFS-2024-017") String externalId,
        @Schema(description = "The record's version; the ETag of a single read", example = "0") int version,
        @Schema(description = "When it last changed", example = "2025-02-03T10:15:30Z") Instant updatedAt) {

    static SupportEngagementView from(SupportEngagement engagement, boolean showNames) {
        return new SupportEngagementView(engagement.id, ProgrammeRef.from(engagement.programme),
                CouncilRef.from(engagement.council), engagement.council.region, engagement.type,
                engagement.type.label(), engagement.startDate, engagement.endDate,
                engagement.financialYear().toString(), engagement.daysDelivered,
                showNames ? engagement.leadAdviser : null, showNames ? engagement.notes : null,
                OrganisationRef.from(engagement.organisation), engagement.externalId, engagement.version,
                engagement.updatedAt);
    }
}
