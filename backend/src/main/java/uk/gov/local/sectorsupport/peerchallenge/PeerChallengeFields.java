package uk.gov.local.sectorsupport.peerchallenge;

import java.time.LocalDate;
import java.util.Set;

/** What a caller may set on a peer challenge; shared by {@link PeerChallengeCreate} and {@link PeerChallengeUpdate}. */
interface PeerChallengeFields {
    PeerChallengeType type();

    String council();

    LocalDate requestedDate();

    LocalDate onSiteStartDate();

    LocalDate onSiteEndDate();

    Set<FocusArea> focusAreas();

    String peerChallengeManager();

    LocalDate reportPublishedDate();

    LocalDate actionPlanPublishedDate();

    Long followsUpId();

    String notes();
}
