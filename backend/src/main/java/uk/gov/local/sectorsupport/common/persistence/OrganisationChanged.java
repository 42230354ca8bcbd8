package uk.gov.local.sectorsupport.common.persistence;

import uk.gov.local.sectorsupport.organisation.Organisation;

/**
 * Fired (synchronously, in the writing transaction) when an owned record moves to another organisation, so that
 * records which always belong to their subject's organisation, in features that depend on it, move with it: survey
 * responses with their event, cohort or support engagement. An observer that cannot move its records throws, and
 * nothing is changed.
 */
public record OrganisationChanged(Class<? extends OwnedRecord> type, long id, Organisation organisation) {
}
