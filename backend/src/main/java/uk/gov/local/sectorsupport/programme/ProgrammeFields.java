package uk.gov.local.sectorsupport.programme;

/** What a caller may set on a programme; shared by {@link ProgrammeCreate} and {@link ProgrammeUpdate}. */
interface ProgrammeFields {

    String name();

    Theme theme();

    Funder funder();

    String deliveringOrganisation();

    Audience audience();

    String description();

    String activeFrom();

    String activeTo();
}
