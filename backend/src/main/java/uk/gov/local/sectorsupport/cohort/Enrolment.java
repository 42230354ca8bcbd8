package uk.gov.local.sectorsupport.cohort;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import uk.gov.local.sectorsupport.common.ParticipantRole;
import uk.gov.local.sectorsupport.common.persistence.OwnedRecord;
import uk.gov.local.sectorsupport.council.Council;
import uk.gov.local.sectorsupport.peer.EthnicGroup;
import uk.gov.local.sectorsupport.peer.Sex;

/** One participant on a cohort, under a pseudonymous key. Diversity fields are only ever counted in aggregate. */
@Entity
public class Enrolment extends OwnedRecord {

    public static final String AUDIT_TYPE = "enrolment";

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
}
