package uk.gov.local.sectorsupport.cohort;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.local.sectorsupport.common.FinancialYear;
import uk.gov.local.sectorsupport.organisation.OrganisationRef;
import uk.gov.local.sectorsupport.programme.ProgrammeRef;

/** A cohort with its enrolment figures. Its host councils are at `/cohorts/{id}/councils`. */
@Schema(description = "A cohort (an intake of a programme) with its enrolment figures",
        requiredProperties = { "id", "programme", "name", "financialYear", "startDate", "organisation", "participants",
                "enrolled", "completed", "withdrawn", "councils", "version", "updatedAt" })
public record CohortView(
        @Schema(example = "12") long id,
        ProgrammeRef programme,
        @Schema(example = "NGDP cohort 25") String name,
        @Schema(description = "The financial year it is reported in", example = "2023-24") String financialYear,
        @Schema(example = "2023-09-04") LocalDate startDate,
        @Schema(example = "2025-08-29") LocalDate endDate,
        @Schema(description = "The organisation the record belongs to") OrganisationRef organisation,
        @Schema(description = "The owning organisation's own identifier", example = "NGDP-25") String externalId,
        @Schema(description = "Enrolments of any status", example = "270") long participants,
        @Schema(description = "Enrolments still on the programme", example = "262") long enrolled,
        @Schema(description = "Enrolments that completed it", example = "0") long completed,
        @Schema(description = "Enrolments that withdrew", example = "8") long withdrawn,
        @Schema(description = "Distinct councils of its enrolments (participants' councils, or host councils for "
                + "placement programmes such as NGDP)", example = "106") long councils,
        @Schema(description = "The record's version; the ETag of a single read", example = "0") int version,
        @Schema(description = "When the record last changed", example = "2025-02-03T10:15:30Z") Instant updatedAt) {

    /** Counts of a cohort's enrolments. */
    record Figures(long participants, long enrolled, long completed, long withdrawn, long councils) {
        static final Figures NONE = new Figures(0, 0, 0, 0, 0);
    }

    static CohortView from(Cohort cohort, Figures figures) {
        return new CohortView(cohort.id, ProgrammeRef.from(cohort.programme), cohort.name,
                new FinancialYear(cohort.financialYear).toString(), cohort.startDate, cohort.endDate,
                OrganisationRef.from(cohort.organisation), cohort.externalId, figures.participants(), figures.enrolled(),
                figures.completed(), figures.withdrawn(), figures.councils(), cohort.version, cohort.updatedAt);
    }
}
