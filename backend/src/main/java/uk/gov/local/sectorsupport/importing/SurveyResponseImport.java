package uk.gov.local.sectorsupport.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.gov.local.sectorsupport.common.error.Problem.FieldError;
import uk.gov.local.sectorsupport.council.Council;
import uk.gov.local.sectorsupport.importing.ImportReferences.Parent;
import uk.gov.local.sectorsupport.importing.ImportReferences.ParentKind;
import uk.gov.local.sectorsupport.survey.SurveyAnswer;
import uk.gov.local.sectorsupport.survey.SurveyResponse;
import uk.gov.local.sectorsupport.survey.SurveyResponseCreate;
import uk.gov.local.sectorsupport.survey.SurveySubjectType;

/**
 * Survey responses: rows of {@link SurveyResponseCreate} whose subject is named by `subjectType` and
 * `subjectExternalId`: one of the organisation's events, cohorts or support engagements. (Peer challenges are the
 * LGA's own records, without partner ids: responses about them are recorded in the web app.)
 */
final class SurveyResponseImport extends DatasetImport {

    static final String SUBJECT_TYPE = "subjectType";
    static final String SUBJECT_EXTERNAL_ID = "subjectExternalId";
    private static final int SUBJECT_COLUMNS = 4;

    private static final List<Column> COLUMNS = List.of(
            new Column("event_id", "bigint", null),
            new Column("peer_challenge_id", "bigint", null),
            new Column("support_engagement_id", "bigint", null),
            new Column("cohort_id", "bigint", null),
            new Column("respondent_role", "text", "respondentRole"),
            new Column("council_gss_code", "varchar", "council"),
            new Column("satisfaction", "smallint", "satisfaction"),
            new Column("positive_impact", "text", "positiveImpact"),
            new Column("increased_confidence", "text", "increasedConfidence"),
            new Column("would_recommend", "text", "wouldRecommend"),
            new Column("comment", "text", "comment"),
            new Column("submitted_date", "date", "submittedDate"));

    SurveyResponseImport(ObjectReader reader, Validator validator) {
        super(reader, validator);
    }

    @Override
    ImportDataset dataset() {
        return ImportDataset.SURVEY_RESPONSES;
    }

    @Override
    String table() {
        return "survey_response";
    }

    @Override
    String auditType() {
        return SurveyResponse.AUDIT_TYPE;
    }

    @Override
    List<Column> columns() {
        return COLUMNS;
    }

    @Override
    String scopeCondition() {
        // The subject's programme, kept on the response (V23).
        return "t.subject_programme_id = ? and t.submitted_date between ? and ?";
    }

    @Override
    void collectParents(ObjectNode fields, ImportReferences.Wanted wanted) {
        ParentKind kind = kind(fields.path(SUBJECT_TYPE).asText(""));
        if (kind != null) {
            wanted.add(kind, fields.path(SUBJECT_EXTERNAL_ID).asText(null));
        }
    }

    @Override
    String[] values(ObjectNode fields, ImportReferences references, List<FieldError> errors) {
        String type = required(take(fields, SUBJECT_TYPE), SUBJECT_TYPE,
                "event, cohort or support-engagement", errors);
        String subjectExternalId = required(take(fields, SUBJECT_EXTERNAL_ID), SUBJECT_EXTERNAL_ID,
                "your external id of the event, cohort or support engagement the response is about", errors);
        ParentKind kind = type == null ? null : kind(type);
        if (type != null && kind == null) {
            errors.add(new FieldError(SUBJECT_TYPE, "must be one of: event, cohort, support-engagement"
                    + (type.equals(SurveySubjectType.PEER_CHALLENGE.code())
                            ? " (responses about peer challenges are recorded in the web app)" : "")));
        }
        SurveyResponseCreate response = bind(SurveyResponseCreate.class, fields, errors);
        Parent subject = kind == null || subjectExternalId == null ? null
                : references.parent(kind, subjectExternalId, SUBJECT_EXTERNAL_ID, errors);
        if (response == null || subject == null) {
            return null;
        }
        Council council = response.council() == null || response.council().isBlank() ? null
                : references.council(response.council(), "council", errors);
        LocalDate submitted = response.submittedDate();
        if (submitted.isAfter(references.today)) {
            errors.add(new FieldError("submittedDate", "must not be in the future"));
        } else if (subject.startDate() != null && submitted.isBefore(subject.startDate())) {
            errors.add(new FieldError("submittedDate", "must not be before the " + kind.noun + " started ("
                    + subject.startDate() + ")"));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        String id = Long.toString(subject.id());
        return new String[] { kind == ParentKind.EVENT ? id : null, null,
                kind == ParentKind.SUPPORT_ENGAGEMENT ? id : null, kind == ParentKind.COHORT ? id : null,
                text(response.respondentRole()), council == null ? null : council.gssCode, text(response.satisfaction()),
                answer(response.positiveImpact()), answer(response.increasedConfidence()),
                answer(response.wouldRecommend()), response.comment() == null || response.comment().isBlank() ? null
                        : response.comment().strip(),
                text(submitted) };
    }

    /** As the feature's own snapshot: the subject as `type:id`. */
    @Override
    Map<String, String> auditSnapshot(String[] values, String organisation, String externalId) {
        Map<String, String> snapshot = super.auditSnapshot(values, organisation, externalId);
        SurveySubjectType[] types = { SurveySubjectType.EVENT, SurveySubjectType.PEER_CHALLENGE,
                SurveySubjectType.SUPPORT_ENGAGEMENT, SurveySubjectType.COHORT };
        for (int i = 0; i < SUBJECT_COLUMNS; i++) {
            if (values[i] != null) {
                snapshot.put("subject", types[i].code() + ":" + values[i]);
            }
        }
        return snapshot;
    }

    private static String answer(SurveyAnswer answer) {
        return answer == null ? SurveyAnswer.NOT_ANSWERED.code() : answer.code();
    }

    private static ParentKind kind(String type) {
        for (SurveySubjectType subject : SurveySubjectType.values()) {
            if (subject.code().equals(type)) {
                return switch (subject) {
                    case EVENT -> ParentKind.EVENT;
                    case COHORT -> ParentKind.COHORT;
                    case SUPPORT_ENGAGEMENT -> ParentKind.SUPPORT_ENGAGEMENT;
                    case PEER_CHALLENGE -> null;
                };
            }
        }
        return null;
    }
}
