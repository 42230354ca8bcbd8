package uk.gov.local.sectorsupport.peerchallenge;

import uk.gov.local.sectorsupport.common.FinancialYear;
import uk.gov.local.sectorsupport.council.Region;

/** The list filters, already parsed; null means "any". */
public record PeerChallengeFilter(FinancialYear financialYear, PeerChallengeType type, PeerChallengeStatus status,
        Region region, String council) {
}
