package uk.gov.local.sectorsupport.event;

import uk.gov.local.sectorsupport.common.ParticipantRole;

/** The attendance list filters, already parsed; null means "any". */
public record AttendanceFilter(String council, ParticipantRole attendeeRole, Boolean attended) {
}
