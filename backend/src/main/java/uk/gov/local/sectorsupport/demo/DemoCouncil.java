package uk.gov.local.sectorsupport.demo;

import java.time.LocalDate;

/** The council facts the generator needs, read straight from the council table. */
record DemoCouncil(String gssCode, String type, String region, LocalDate startDate, LocalDate endDate, String county,
        String combinedAuthority) {

    static final java.util.Set<String> PRINCIPAL = java.util.Set.of("county", "district", "unitary",
            "metropolitan-district", "london-borough", "city-corporation");

    boolean principal() {
        return PRINCIPAL.contains(type);
    }

    /** A principal council that existed on the date (start and end dates are inclusive; none means always). */
    boolean principalOn(LocalDate date) {
        return principal() && (startDate == null || !startDate.isAfter(date)) && (endDate == null || !endDate.isBefore(date));
    }
}
