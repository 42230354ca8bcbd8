package uk.gov.local.sectorsupport.peerchallenge;

import static uk.gov.local.sectorsupport.peerchallenge.PeerChallengeLifecycle.atLeast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.gov.local.sectorsupport.common.error.Problem.FieldError;

/**
 * The rules a peer challenge must keep after every write. Checked on the whole record, so create, update and
 * transitions cannot disagree; the caller decides whether a breach is a 400 (bad fields) or a 409 (bad timing).
 */
final class PeerChallengeRules {

    private PeerChallengeRules() {
    }

    static List<FieldError> check(PeerChallenge challenge) {
        List<FieldError> errors = new ArrayList<>();
        checkDates(challenge, errors);
        checkFollowUp(challenge, errors);
        checkStatus(challenge, errors);
        return errors;
    }

    private static void checkDates(PeerChallenge c, List<FieldError> errors) {
        if (c.onSiteEndDate != null && c.onSiteStartDate == null) {
            errors.add(new FieldError("onSiteStartDate", "is required when onSiteEndDate is given"));
        }
        if (c.onSiteStartDate != null && c.onSiteEndDate != null && c.onSiteEndDate.isBefore(c.onSiteStartDate)) {
            errors.add(new FieldError("onSiteEndDate", "must be on or after onSiteStartDate"));
        }
        if (c.onSiteStartDate != null && c.requestedDate != null && c.onSiteStartDate.isBefore(c.requestedDate)) {
            errors.add(new FieldError("onSiteStartDate", "must be on or after requestedDate"));
        }
        if (c.reportPublishedDate != null) {
            if (c.onSiteEndDate == null) {
                errors.add(new FieldError("reportPublishedDate", "needs the on-site dates: a report follows the visit"));
            } else if (c.reportPublishedDate.isBefore(c.onSiteEndDate)) {
                errors.add(new FieldError("reportPublishedDate",
                        "cannot be before the on-site visit ends (" + c.onSiteEndDate + ")"));
            }
        }
        if (c.actionPlanPublishedDate != null) {
            if (c.reportPublishedDate == null) {
                errors.add(new FieldError("actionPlanPublishedDate", "needs reportPublishedDate: the action plan follows the report"));
            } else if (c.actionPlanPublishedDate.isBefore(c.reportPublishedDate)) {
                errors.add(new FieldError("actionPlanPublishedDate", "must be on or after reportPublishedDate"));
            }
        }
    }

    private static void checkFollowUp(PeerChallenge c, List<FieldError> errors) {
        PeerChallenge cpc = c.followsUp;
        if (c.type != PeerChallengeType.CPC_PROGRESS_REVIEW) {
            if (cpc != null) {
                errors.add(new FieldError("followsUpId", "only a CPC progress review follows up another peer challenge"));
            }
            return;
        }
        if (cpc == null) {
            errors.add(new FieldError("followsUpId", "is required: a CPC progress review follows up a CPC of the same council"));
            return;
        }
        if (cpc.type != PeerChallengeType.CPC || cpc.status == PeerChallengeStatus.CANCELLED) {
            errors.add(new FieldError("followsUpId", "must be a CPC that was not cancelled (peer challenge " + cpc.id
                    + " is a " + cpc.type.label() + ", " + cpc.status.label().toLowerCase() + ")"));
        } else if (!cpc.council.gssCode.equals(c.council.gssCode)) {
            errors.add(new FieldError("followsUpId", "must be a CPC of the same council (peer challenge " + cpc.id
                    + " is of " + cpc.council.name + ")"));
        } else {
            LocalDate cpcEnd = cpc.onSiteEndDate != null ? cpc.onSiteEndDate : cpc.onSiteStartDate;
            if (c.onSiteStartDate != null && (cpcEnd == null || !c.onSiteStartDate.isAfter(cpcEnd))) {
                errors.add(new FieldError("onSiteStartDate", "must be after the on-site visit of the CPC it follows up"
                        + (cpcEnd == null ? ", which has no dates yet" : " (" + cpcEnd + ")")));
            }
        }
    }

    private static void checkStatus(PeerChallenge c, List<FieldError> errors) {
        String stage = " once the challenge is " + c.status.label().toLowerCase();
        if (atLeast(c.status, PeerChallengeStatus.SCHEDULED)) {
            if (c.onSiteStartDate == null) {
                errors.add(new FieldError("onSiteStartDate", "is required" + stage));
            }
            if (c.onSiteEndDate == null) {
                errors.add(new FieldError("onSiteEndDate", "is required" + stage));
            }
        }
        if (atLeast(c.status, PeerChallengeStatus.REPORT_PUBLISHED) && c.reportPublishedDate == null) {
            errors.add(new FieldError("reportPublishedDate", "is required" + stage));
        }
        if (!atLeast(c.status, PeerChallengeStatus.REPORT_PUBLISHED) && c.reportPublishedDate != null) {
            errors.add(new FieldError("reportPublishedDate", "can only be set once the report is published "
                    + "(a transition to report-published)"));
        }
        if (c.status == PeerChallengeStatus.ACTION_PLAN_PUBLISHED && c.actionPlanPublishedDate == null) {
            errors.add(new FieldError("actionPlanPublishedDate", "is required" + stage));
        }
        if (c.status != PeerChallengeStatus.ACTION_PLAN_PUBLISHED && c.actionPlanPublishedDate != null) {
            errors.add(new FieldError("actionPlanPublishedDate", "can only be set once the action plan is published "
                    + "(a transition to action-plan-published)"));
        }
    }
}
