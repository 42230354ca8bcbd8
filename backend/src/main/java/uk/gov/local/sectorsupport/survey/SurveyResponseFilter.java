package uk.gov.local.sectorsupport.survey;

import uk.gov.local.sectorsupport.common.FinancialYear;
import uk.gov.local.sectorsupport.common.ParticipantRole;
import uk.gov.local.sectorsupport.council.Region;
import uk.gov.local.sectorsupport.programme.Theme;

/** The list and summary filters, already parsed; null means "any". */
public record SurveyResponseFilter(SurveySubjectType subjectType, Long event, Long peerChallenge, Long supportEngagement,
        Long cohort, FinancialYear financialYear, String programme, Theme theme, Region region, String council,
        ParticipantRole respondentRole, String organisation) {
}
