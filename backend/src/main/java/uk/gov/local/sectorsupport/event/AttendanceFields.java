package uk.gov.local.sectorsupport.event;

import uk.gov.local.sectorsupport.common.ParticipantRole;

/** What a caller may set on an attendance; shared by {@link AttendanceCreate} and {@link AttendanceUpdate}. */
interface AttendanceFields {

    /** The pattern the database enforces; letters, digits and `._:-` only, so never an email address or a name with spaces. */
    String KEY_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._:-]{2,63}$";
    String KEY_MESSAGE = "must be a pseudonymous key of 3 to 64 letters, digits, '.', '_', ':' or '-', starting "
            + "with a letter or digit; never a name or an email address";

    String council();

    ParticipantRole attendeeRole();

    String attendeeKey();

    Boolean attended();

    String externalId();
}
