package uk.gov.local.sectorsupport.survey;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.local.sectorsupport.common.ParticipantRole;
import uk.gov.local.sectorsupport.council.CouncilRef;
import uk.gov.local.sectorsupport.council.Region;
import uk.gov.local.sectorsupport.organisation.OrganisationRef;
import uk.gov.local.sectorsupport.programme.ProgrammeRef;

/** One respondent's feedback about one subject. */
@Schema(description = "A survey response about an event, peer challenge, support engagement or cohort",
        requiredProperties = { "id", "subject", "respondentRole", "respondentRoleLabel", "positiveImpact",
                "increasedConfidence", "wouldRecommend", "submittedDate", "financialYear", "organisation", "version",
                "updatedAt" })
public record SurveyResponseView(
        @Schema(example = "314") long id,
        SurveySubjectView subject,
        @Schema(description = "The subject's programme; for a peer challenge, the one its kind is delivered under "
                + "(`corporate-peer-challenge` for CPC, FPC, GPC and progress reviews), absent for a kind the "
                + "catalogue has no programme for (SEND, adult social care)")
        ProgrammeRef programme,
        ParticipantRole respondentRole,
        @Schema(example = "Officer") String respondentRoleLabel,
        @Schema(description = "The respondent's council, if known") CouncilRef council,
        @Schema(description = "The respondent's council's region") Region region,
        @Schema(description = "1 very dissatisfied … 5 very satisfied; absent when not answered", example = "5")
        Integer satisfaction,
        SurveyAnswer positiveImpact,
        SurveyAnswer increasedConfidence,
        SurveyAnswer wouldRecommend,
        @Schema(example = "Practical and well paced.") String comment,
        @Schema(example = "2025-03-14") LocalDate submittedDate,
        @Schema(description = "Financial year of the submitted date", example = "2024-25") String financialYear,
        OrganisationRef organisation,
        @Schema(example = "SB-2025-0042") String externalId,
        @Schema(description = "The record's version; the ETag of a single read", example = "0") int version,
        @Schema(example = "2025-03-14T10:15:30Z") Instant updatedAt) {
}
