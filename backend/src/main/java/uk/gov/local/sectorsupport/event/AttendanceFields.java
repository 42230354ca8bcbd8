package uk.gov.local.sectorsupport.event;

import uk.gov.local.sectorsupport.common.ParticipantRole;

/** What a caller may set on an attendance; shared by {@link AttendanceCreate} and {@link AttendanceUpdate}. */
interface AttendanceFields {

    String council();

    ParticipantRole attendeeRole();

    String attendeeKey();

    Boolean attended();

    String externalId();
}
