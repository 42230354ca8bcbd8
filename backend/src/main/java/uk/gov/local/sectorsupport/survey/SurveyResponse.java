package uk.gov.local.sectorsupport.survey;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.hibernate.annotations.SQLRestriction;

import uk.gov.local.sectorsupport.cohort.Cohort;
import uk.gov.local.sectorsupport.common.ParticipantRole;
import uk.gov.local.sectorsupport.common.persistence.OwnedRecord;
import uk.gov.local.sectorsupport.council.Council;
import uk.gov.local.sectorsupport.engagement.SupportEngagement;
import uk.gov.local.sectorsupport.event.Event;
import uk.gov.local.sectorsupport.peerchallenge.PeerChallenge;

/** Feedback about exactly one subject: an event, a peer challenge, a support engagement or a cohort. */
@Entity
@SQLRestriction(OwnedRecord.NOT_WITHDRAWN)
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

    /** The id of whichever subject it is about. */
    public Long subjectId() {
        return switch (subjectType()) {
            case EVENT -> event.id;
            case PEER_CHALLENGE -> peerChallenge.id;
            case SUPPORT_ENGAGEMENT -> supportEngagement.id;
            case COHORT -> cohort == null ? null : cohort.id;
        };
    }

    /** The audited fields as text; the subject as `event:123`. */
    Map<String, String> auditSnapshot() {
        Map<String, String> snapshot = new LinkedHashMap<>();
        put(snapshot, "subject", subjectId() == null ? null : subjectType().code() + ":" + subjectId());
        put(snapshot, "respondentRole", respondentRole == null ? null : respondentRole.code());
        put(snapshot, "council", council == null ? null : council.gssCode);
        put(snapshot, "satisfaction", satisfaction);
        put(snapshot, "positiveImpact", positiveImpact == null ? null : positiveImpact.code());
        put(snapshot, "increasedConfidence", increasedConfidence == null ? null : increasedConfidence.code());
        put(snapshot, "wouldRecommend", wouldRecommend == null ? null : wouldRecommend.code());
        put(snapshot, "comment", comment);
        put(snapshot, "submittedDate", submittedDate);
        put(snapshot, "organisation", organisation == null ? null : organisation.id);
        put(snapshot, "externalId", externalId);
        return snapshot;
    }

    private static void put(Map<String, String> snapshot, String field, Object value) {
        if (value != null) {
            snapshot.put(field, value.toString());
        }
    }
}
