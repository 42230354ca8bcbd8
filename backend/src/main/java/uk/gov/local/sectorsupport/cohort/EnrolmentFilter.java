package uk.gov.local.sectorsupport.cohort;

/** The enrolment list filters, already parsed; null means "any". */
public record EnrolmentFilter(String council, EnrolmentStatus status) {
}
