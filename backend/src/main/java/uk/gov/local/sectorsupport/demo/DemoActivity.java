package uk.gov.local.sectorsupport.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Generated programme activity: deliverables, events and attendance, cohorts and enrolments, support engagements
 * and survey responses, with their own ids (from 1), ready to insert. Codes are the database's kebab-case codes.
 */
record DemoActivity(List<DeliverableRow> deliverables, List<EventRow> events, List<AttendanceRow> attendances,
        List<CohortRow> cohorts, List<EnrolmentRow> enrolments, List<EngagementRow> engagements,
        List<SurveyRow> surveys) {

    record DeliverableRow(long id, String programme, int financialYear, String statement, BigDecimal targetValue,
            String targetUnit, String metricKey) {
    }

    record EventRow(long id, String programme, String title, String type, String format, LocalDate startDate,
            LocalDate endDate, String region, String venue, Integer capacity, String organisation, String externalId) {
    }

    record AttendanceRow(long id, long eventId, String council, String role, String attendeeKey, boolean attended,
            String organisation, String externalId) {
    }

    record CohortRow(long id, String programme, String name, int financialYear, LocalDate startDate, LocalDate endDate,
            String organisation, String externalId) {
    }

    record EnrolmentRow(long id, long cohortId, String participantKey, String council, String role, String status,
            String sex, String ethnicGroup, String disability, String organisation, String externalId) {
    }

    record EngagementRow(long id, String programme, String council, String type, LocalDate startDate, LocalDate endDate,
            BigDecimal daysDelivered, String leadAdviser, String notes, String organisation, String externalId) {
    }

    /** Exactly one of the four subject ids is set. */
    record SurveyRow(long id, Long eventId, Long peerChallengeId, Long engagementId, Long cohortId, String role,
            String council, Integer satisfaction, String positiveImpact, String increasedConfidence,
            String wouldRecommend, String comment, LocalDate submittedDate, String organisation, String externalId) {
    }

    /** The facts about an existing peer challenge that its survey responses need. */
    record Challenge(long id, String council, String status, LocalDate onSiteStartDate, LocalDate onSiteEndDate) {

        static Challenge of(DemoData.ChallengeRow row) {
            return new Challenge(row.id(), row.council(), row.status(), row.onSiteStartDate(), row.onSiteEndDate());
        }
    }
}
