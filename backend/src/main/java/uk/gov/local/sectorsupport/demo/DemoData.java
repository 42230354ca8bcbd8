package uk.gov.local.sectorsupport.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A generated demo data set: rows with their own ids, ready to insert. */
record DemoData(List<PeerRow> peers, List<ChallengeRow> challenges, List<TeamRow> team) {

    record PeerRow(long id, String kind, String name, String email, String phone, String jobTitle,
            String politicalGroup, String homeCouncil, LocalDate accreditationDate, boolean active, String sex,
            String ethnicGroup) {
    }

    record ChallengeRow(long id, String type, String council, String status, LocalDate requestedDate,
            LocalDate onSiteStartDate, LocalDate onSiteEndDate, String manager, LocalDate reportPublishedDate,
            LocalDate actionPlanPublishedDate, Long followsUpId, String notes, List<String> focusAreas) {
    }

    record TeamRow(long challengeId, long peerId, String role, BigDecimal days) {
    }
}
