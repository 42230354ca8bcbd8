package uk.gov.local.sectorsupport.common.persistence;

import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

import uk.gov.local.sectorsupport.organisation.Organisation;

/**
 * A record a partner may push: it belongs to one organisation (the partner that sent it, or for records LGA
 * staff enter, the programme's delivering organisation unless they choose another) and may carry that
 * organisation's own identifier for it. Partners read only their own organisation's records.
 */
@MappedSuperclass
public abstract class OwnedRecord extends VersionedRecord {

    /**
     * Each owned entity's restriction: a record a partner's complete-set push withdrew is gone from every query,
     * while its row stays for the audit trail, extracts' tombstones and a later re-push that brings it back.
     */
    public static final String NOT_WITHDRAWN = "withdrawn_at is null";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    /** The owning organisation's own identifier; unique within that organisation. */
    public String externalId;
}
