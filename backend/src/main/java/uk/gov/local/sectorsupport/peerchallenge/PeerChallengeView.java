package uk.gov.local.sectorsupport.peerchallenge;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.local.sectorsupport.council.CouncilRef;
import uk.gov.local.sectorsupport.council.Region;

/** A peer challenge with the figures derived from it. Manager and notes are for LGA staff and administrators only. */
@Schema(description = "A peer challenge with its derived figures",
        requiredProperties = { "id", "type", "typeLabel", "council", "region", "status", "statusLabel",
                "allowedTransitions", "requestedDate", "financialYear", "focusAreas", "teamSize", "totalPeerDays",
                "estimatedSaving", "version" })
public record PeerChallengeView(
        @Schema(example = "42") long id,
        PeerChallengeType type,
        @Schema(example = "Corporate Peer Challenge") String typeLabel,
        CouncilRef council,
        Region region,
        PeerChallengeStatus status,
        @Schema(example = "Scheduled") String statusLabel,
        @Schema(description = "Statuses it may move to next") List<PeerChallengeStatus> allowedTransitions,
        @Schema(example = "2024-09-02") LocalDate requestedDate,
        @Schema(example = "2025-03-10") LocalDate onSiteStartDate,
        @Schema(example = "2025-03-13") LocalDate onSiteEndDate,
        @Schema(description = "By on-site start, or the request date while not scheduled", example = "2024-25")
        String financialYear,
        List<FocusArea> focusAreas,
        @Schema(description = "Staff and admin only", example = "Sam Patel") String peerChallengeManager,
        @Schema(example = "2025-05-20") LocalDate reportPublishedDate,
        @Schema(example = "2025-07-15") LocalDate actionPlanPublishedDate,
        @Schema(description = "For a progress review: the CPC it follows up", example = "41") Long followsUpId,
        @Schema(description = "Staff and admin only") String notes,
        @Schema(description = "For a CPC: whether it is the council's first (not counting cancelled ones or "
                + "predecessor councils')") Boolean firstCpc,
        @Schema(description = "On-site end + 5 months: when report and action plan should both be published",
                example = "2025-08-13") LocalDate publicationDeadline,
        @Schema(description = "Whether report and action plan were both published by the deadline; absent while "
                + "still possible") Boolean publishedWithinFiveMonths,
        @Schema(example = "5") int teamSize,
        @Schema(example = "22.5") BigDecimal totalPeerDays,
        @Schema(description = "Peer days × the configured day rate, in pounds", example = "22500")
        BigDecimal estimatedSaving,
        @Schema(description = "The record's version; the ETag of a single read", example = "3") int version) {
}
