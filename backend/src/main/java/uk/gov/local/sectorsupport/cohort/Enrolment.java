package uk.gov.local.sectorsupport.cohort;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.hibernate.annotations.SQLRestriction;

import uk.gov.local.sectorsupport.common.ParticipantRole;
import uk.gov.local.sectorsupport.common.persistence.OwnedRecord;
import uk.gov.local.sectorsupport.council.Council;
import uk.gov.local.sectorsupport.peer.EthnicGroup;
import uk.gov.local.sectorsupport.peer.Sex;

/** One participant on a cohort, under a pseudonymous key. Diversity fields are only ever counted in aggregate. */
@Entity
@SQLRestriction(OwnedRecord.NOT_WITHDRAWN)
public class Enrolment extends OwnedRecord {

    public static final String AUDIT_TYPE = "enrolment";

    /** Self-reported fields: never returned on a record, and only "withheld" in the audit trail. */
    public static final Set<String> DIVERSITY_FIELDS = Set.of("sex", "ethnicGroup", "disability");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id")
    public Cohort cohort;

    public String participantKey;

    /** The participant's council; for placement programmes such as NGDP, the host council. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "council_gss_code")
    public Council council;

    public ParticipantRole participantRole;
    public EnrolmentStatus status;
    public Sex sex;
    public EthnicGroup ethnicGroup;
    public Disability disability;

    /** The fields as text, for the audit trail (diversity values are withheld by the audit log). */
    public Map<String, String> auditSnapshot() {
        Map<String, String> snapshot = new LinkedHashMap<>();
        put(snapshot, "cohort", cohort == null ? null : cohort.id);
        put(snapshot, "participantKey", participantKey);
        put(snapshot, "council", council == null ? null : council.gssCode);
        put(snapshot, "participantRole", participantRole == null ? null : participantRole.code());
        put(snapshot, "status", status == null ? null : status.code());
        put(snapshot, "sex", sex == null ? null : sex.code());
        put(snapshot, "ethnicGroup", ethnicGroup == null ? null : ethnicGroup.code());
        put(snapshot, "disability", disability == null ? null : disability.code());
        put(snapshot, "organisation", organisation == null ? null : organisation.id);
        put(snapshot, "externalId", externalId);
        return snapshot;
    }

    private static void put(Map<String, String> snapshot, String field, Object value) {
        if (value != null) {
            snapshot.put(field, value.toString());
        }
    }
}
