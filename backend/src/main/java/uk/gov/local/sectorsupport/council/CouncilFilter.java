package uk.gov.local.sectorsupport.council;

/** The list filters, already parsed; null means "any". */
public record CouncilFilter(Region region, CouncilType type, Nation nation, CouncilStatus status, String query) {
}
