package uk.gov.local.sectorsupport.common.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.FlushModeType;

import io.quarkus.hibernate.orm.panache.Panache;
import uk.gov.local.sectorsupport.common.error.ConflictException;
import uk.gov.local.sectorsupport.common.error.Problem.FieldError;
import uk.gov.local.sectorsupport.organisation.Organisation;

/**
 * The one rule for an owned record's `externalId`, whichever kind of record: it is stripped; absent keeps the
 * recorded one; blank is a 400 field error; one the organisation already uses for another record of the kind is a
 * 409 naming the field.
 */
public final class Ownership {

    public static final String EXTERNAL_ID = "externalId";

    private Ownership() {
    }

    /** The external id to record: the one sent, stripped, or {@code current} when none is sent (blank adds an error). */
    public static String externalId(String sent, String current, List<FieldError> errors) {
        if (sent == null) {
            return current;
        }
        if (sent.isBlank()) {
            errors.add(new FieldError(EXTERNAL_ID, "must not be blank"));
            return current;
        }
        return sent.strip();
    }

    /**
     * A 409 naming `externalId` when another of the organisation's records of this kind already has it; nothing when
     * {@code externalId} is null. {@code noun} names the kind in the message ("event", "support engagement").
     */
    public static void requireUniqueExternalId(Class<? extends OwnedRecord> type, String noun, Long self,
            Organisation organisation, String externalId) {
        if (externalId == null) {
            return;
        }
        Optional<Long> holder = holder(type, organisation, externalId, self);
        if (holder.isPresent()) {
            throw new ConflictException(organisation.name + " already uses external id " + externalId + " for "
                    + noun + " " + holder.get() + "; nothing was changed.",
                    List.of(new FieldError(EXTERNAL_ID, "is already used by " + noun + " " + holder.get() + " of "
                            + organisation.name)));
        }
    }

    /**
     * The id of the organisation's other record of this kind with this external id. Pending changes are not flushed
     * first, so that a clash is found before the database's unique constraint would report it.
     */
    public static Optional<Long> holder(Class<? extends OwnedRecord> type, Organisation organisation, String externalId,
            Long self) {
        return Panache.getEntityManager().createQuery("select r.id from " + type.getSimpleName()
                        + " r where r.organisation = ?1 and r.externalId = ?2 and r.id <> ?3", Long.class)
                .setParameter(1, organisation).setParameter(2, externalId).setParameter(3, self == null ? -1L : self)
                .setFlushMode(FlushModeType.COMMIT).setMaxResults(1).getResultStream().findFirst();
    }
}
