package uk.gov.local.sectorsupport.programme;

/** What a caller may set on a programme; shared by {@link ProgrammeCreate} and {@link ProgrammeUpdate}. */
interface ProgrammeFields {

    /** A financial year as written on the wire. */
    String FINANCIAL_YEAR = "[0-9]{4}-[0-9]{2}";
    String FINANCIAL_YEAR_MESSAGE = "must be a financial year such as 2024-25";

    String name();

    Theme theme();

    Funder funder();

    String deliveringOrganisation();

    Audience audience();

    String description();

    String activeFrom();

    String activeTo();
}
