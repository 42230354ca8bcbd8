package uk.gov.local.sectorsupport.programme;

import java.math.BigDecimal;
import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.local.sectorsupport.common.FinancialYear;
import uk.gov.local.sectorsupport.organisation.OrganisationRef;

@Schema(description = "A programme's target for a financial year. Progress against it will be computed from the "
        + "metric named by `metricKey` once the annual report's metrics arrive; it is never typed in.",
        requiredProperties = { "id", "programme", "deliveringOrganisation", "financialYear", "statement", "targetValue",
                "targetUnit", "targetUnitLabel", "metricKey", "version", "updatedAt" })
public record DeliverableView(
        @Schema(example = "12") long id,
        ProgrammeRef programme,
        @Schema(description = "The programme's delivering organisation") OrganisationRef deliveringOrganisation,
        @Schema(example = "2025-26") String financialYear,
        @Schema(example = "Deliver at least 110 peer challenges, of which 70 corporate or finance") String statement,
        @Schema(description = "The target, without trailing zeros", example = "110") BigDecimal targetValue,
        TargetUnit targetUnit,
        @Schema(example = "Count") String targetUnitLabel,
        @Schema(description = DeliverableFields.METRIC_DESCRIPTION, example = "peer-challenges-delivered") String metricKey,
        @Schema(description = "The record's version; the ETag of a single read", example = "0") int version,
        @Schema(example = "2026-11-22T10:15:30Z") Instant updatedAt) {

    static DeliverableView from(Deliverable deliverable) {
        return new DeliverableView(deliverable.id, ProgrammeRef.from(deliverable.programme),
                OrganisationRef.from(deliverable.programme.deliveringOrganisation),
                new FinancialYear(deliverable.financialYear).toString(), deliverable.statement,
                deliverable.plainTarget(), deliverable.targetUnit, deliverable.targetUnit.label(),
                deliverable.metricKey, deliverable.version, deliverable.updatedAt);
    }
}
