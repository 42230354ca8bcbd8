package uk.gov.local.sectorsupport.peer;

import java.time.LocalDate;

/** What a caller may set on a peer; shared by {@link PeerCreate} and {@link PeerUpdate}. */
interface PeerFields {
    PeerKind kind();

    String name();

    String email();

    String phone();

    String jobTitle();

    PoliticalGroup politicalGroup();

    String homeCouncil();

    LocalDate accreditationDate();

    Boolean active();

    Sex sex();

    EthnicGroup ethnicGroup();
}
