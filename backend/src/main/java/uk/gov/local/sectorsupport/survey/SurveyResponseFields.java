package uk.gov.local.sectorsupport.survey;

import java.time.LocalDate;

import uk.gov.local.sectorsupport.common.ParticipantRole;

/** What a caller may set on a survey response; shared by {@link SurveyResponseCreate} and {@link SurveyResponseUpdate}. */
interface SurveyResponseFields {
    SurveySubject subject();

    ParticipantRole respondentRole();

    String council();

    Integer satisfaction();

    SurveyAnswer positiveImpact();

    SurveyAnswer increasedConfidence();

    SurveyAnswer wouldRecommend();

    String comment();

    LocalDate submittedDate();

    String externalId();
}
