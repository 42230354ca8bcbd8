package uk.gov.local.sectorsupport.survey;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import uk.gov.local.sectorsupport.cohort.Cohort;
import uk.gov.local.sectorsupport.common.ParticipantRole;
import uk.gov.local.sectorsupport.common.persistence.OwnedRecord;
import uk.gov.local.sectorsupport.council.Council;
import uk.gov.local.sectorsupport.engagement.SupportEngagement;
import uk.gov.local.sectorsupport.event.Event;
import uk.gov.local.sectorsupport.peerchallenge.PeerChallenge;

/** Feedback about exactly one subject: an event, a peer challenge, a support engagement or a cohort. */
@Entity
public class SurveyResponse extends OwnedRecord {

    public static final String AUDIT_TYPE = "survey-response";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    public Event event;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "peer_challenge_id")
    public PeerChallenge peerChallenge;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "support_engagement_id")
    public SupportEngagement supportEngagement;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cohort_id")
    public Cohort cohort;

    public ParticipantRole respondentRole;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "council_gss_code")
    public Council council;

    /** 1 (very dissatisfied) to 5 (very satisfied); none when not answered. */
    public Short satisfaction;
    public SurveyAnswer positiveImpact;
    public SurveyAnswer increasedConfidence;
    public SurveyAnswer wouldRecommend;
    public String comment;
    public LocalDate submittedDate;

    public SurveySubjectType subjectType() {
        if (event != null) {
            return SurveySubjectType.EVENT;
        }
        if (peerChallenge != null) {
            return SurveySubjectType.PEER_CHALLENGE;
        }
        if (supportEngagement != null) {
            return SurveySubjectType.SUPPORT_ENGAGEMENT;
        }
        return SurveySubjectType.COHORT;
    }
}
