package uk.gov.local.sectorsupport.peerchallenge;

import static uk.gov.local.sectorsupport.peerchallenge.PeerChallengeStatus.*;

import java.util.List;

/**
 * requested → scoped → scheduled → on site → report drafted → report published → action plan published,
 * one step at a time; anything not yet finished may be cancelled. Published and cancelled are final.
 */
final class PeerChallengeLifecycle {

    private static final List<PeerChallengeStatus> SEQUENCE = List.of(REQUESTED, SCOPED, SCHEDULED, ON_SITE,
            REPORT_DRAFTED, REPORT_PUBLISHED, ACTION_PLAN_PUBLISHED);

    private PeerChallengeLifecycle() {
    }

    static List<PeerChallengeStatus> allowedFrom(PeerChallengeStatus status) {
        if (status == CANCELLED || status == ACTION_PLAN_PUBLISHED) {
            return List.of();
        }
        PeerChallengeStatus next = SEQUENCE.get(SEQUENCE.indexOf(status) + 1);
        // Once the report is out the challenge has happened: it can no longer be cancelled.
        return atLeast(status, REPORT_PUBLISHED) ? List.of(next) : List.of(next, CANCELLED);
    }

    /** Whether {@code status} is {@code stage} or later in the sequence (never true for cancelled). */
    static boolean atLeast(PeerChallengeStatus status, PeerChallengeStatus stage) {
        return status != CANCELLED && SEQUENCE.indexOf(status) >= SEQUENCE.indexOf(stage);
    }
}
