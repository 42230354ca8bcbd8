package uk.gov.local.sectorsupport.common.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import uk.gov.local.sectorsupport.common.error.ResourceNotFoundException;
import uk.gov.local.sectorsupport.common.persistence.OwnedRecord;

/**
 * Which organisations' records the caller may read. LGA staff, administrators and analysts read everything;
 * a partner client reads only records of the organisation in its token's `organisation` claim, and another
 * organisation's record is answered as if it did not exist (404).
 */
@RequestScoped
public class RecordScope {

    /** Matches no organisation: a partner token without an organisation claim sees nothing. */
    private static final String NO_ORGANISATION = "";

    @Inject
    SecurityIdentity identity;

    /** The partner's organisation id when the caller is limited to one organisation; empty when unrestricted. */
    public Optional<String> restrictedToOrganisation() {
        if (identity.isAnonymous() || identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.STAFF)
                || identity.hasRole(Roles.ANALYST)) {
            return Optional.empty();
        }
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaim("organisation") != null) {
            return Optional.of(token.getClaim("organisation").toString());
        }
        return Optional.of(NO_ORGANISATION);
    }

    public boolean canRead(OwnedRecord record) {
        return restrictedToOrganisation().map(organisation -> organisation.equals(record.organisation.id)).orElse(true);
    }

    /** Returns the record, or throws the given not-found when the caller may not read it. */
    public <R extends OwnedRecord> R readable(R record, ResourceNotFoundException notFound) {
        if (record == null || !canRead(record)) {
            throw notFound;
        }
        return record;
    }
}
