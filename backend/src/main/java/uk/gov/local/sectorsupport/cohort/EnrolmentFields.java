package uk.gov.local.sectorsupport.cohort;

import uk.gov.local.sectorsupport.common.ParticipantRole;
import uk.gov.local.sectorsupport.peer.EthnicGroup;
import uk.gov.local.sectorsupport.peer.Sex;

/** What a caller may set on an enrolment; shared by {@link EnrolmentCreate} and {@link EnrolmentUpdate}. */
interface EnrolmentFields {
    String participantKey();

    String council();

    ParticipantRole participantRole();

    EnrolmentStatus status();

    Sex sex();

    EthnicGroup ethnicGroup();

    Disability disability();

    String externalId();
}
