package uk.gov.local.sectorsupport.peerchallenge;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import uk.gov.local.sectorsupport.common.FinancialYear;
import uk.gov.local.sectorsupport.council.Council;

/** A peer challenge or peer review of one council, with its team. */
@Entity
public class PeerChallenge extends PanacheEntityBase {

    public static final String AUDIT_TYPE = "peer-challenge";

    /** Peer challenges are the LGA's: the organisation their timeline entries and survey responses belong to. */
    public static final String ORGANISATION = "lga";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public PeerChallengeType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "council_gss_code")
    public Council council;

    public PeerChallengeStatus status;
    public LocalDate requestedDate;
    public LocalDate onSiteStartDate;
    public LocalDate onSiteEndDate;
    public String peerChallengeManager;
    public LocalDate reportPublishedDate;
    public LocalDate actionPlanPublishedDate;

    /** For a CPC progress review: the CPC it follows up. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "follows_up_id")
    public PeerChallenge followsUp;

    public String notes;

    @ElementCollection
    @CollectionTable(name = "peer_challenge_focus_area", joinColumns = @JoinColumn(name = "peer_challenge_id"))
    @Column(name = "focus_area")
    @BatchSize(size = 100)
    public Set<FocusArea> focusAreas = new LinkedHashSet<>();

    @OneToMany(mappedBy = "peerChallenge", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @BatchSize(size = 100)
    public List<TeamMember> team = new ArrayList<>();

    @Version
    public int version;

    /** The date that places it in a financial year: the on-site start, or the request while it is not scheduled. */
    public LocalDate referenceDate() {
        return onSiteStartDate != null ? onSiteStartDate : requestedDate;
    }

    public FinancialYear financialYear() {
        return FinancialYear.of(referenceDate());
    }

    public BigDecimal totalPeerDays() {
        return team.stream().map(member -> member.days).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The audited fields as text; team members appear as `team.<peerId>`. */
    Map<String, String> auditSnapshot() {
        Map<String, String> snapshot = new LinkedHashMap<>();
        put(snapshot, "type", type == null ? null : type.code());
        put(snapshot, "council", council == null ? null : council.gssCode);
        put(snapshot, "status", status == null ? null : status.code());
        put(snapshot, "requestedDate", requestedDate);
        put(snapshot, "onSiteStartDate", onSiteStartDate);
        put(snapshot, "onSiteEndDate", onSiteEndDate);
        put(snapshot, "peerChallengeManager", peerChallengeManager);
        put(snapshot, "reportPublishedDate", reportPublishedDate);
        put(snapshot, "actionPlanPublishedDate", actionPlanPublishedDate);
        put(snapshot, "followsUpId", followsUp == null ? null : followsUp.id);
        put(snapshot, "notes", notes);
        put(snapshot, "focusAreas", focusAreas.isEmpty() ? null
                : focusAreas.stream().sorted().map(FocusArea::code).collect(Collectors.joining(", ")));
        team.forEach(member -> snapshot.put("team." + member.peer.id, member.auditValue()));
        return snapshot;
    }

    private static void put(Map<String, String> snapshot, String field, Object value) {
        if (value != null) {
            snapshot.put(field, value.toString());
        }
    }
}
