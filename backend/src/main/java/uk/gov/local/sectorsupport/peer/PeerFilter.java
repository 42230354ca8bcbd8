package uk.gov.local.sectorsupport.peer;

/** The list filters, already parsed; null means "any". */
public record PeerFilter(PeerKind kind, Boolean active, Boolean accredited, String homeCouncil,
        PoliticalGroup politicalGroup, String query) {
}
