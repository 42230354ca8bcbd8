package uk.gov.local.sectorsupport.event;

import java.util.LinkedHashMap;
import java.util.Map;

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

/** One person's booking on an event, under a pseudonymous key: never a name or an email address. */
@Entity
@SQLRestriction(OwnedRecord.NOT_WITHDRAWN)
public class Attendance extends OwnedRecord {

    public static final String AUDIT_TYPE = "attendance";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    public Event event;

    /** The attendee's council; none for someone from outside local government. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "council_gss_code")
    public Council council;

    public ParticipantRole attendeeRole;
    public String attendeeKey;
    /** False for a booking the person did not attend. */
    public boolean attended;

    /** The audited fields as text; `event` lets the history of a deleted attendance be found under its event. */
    public Map<String, String> auditSnapshot() {
        Map<String, String> snapshot = new LinkedHashMap<>();
        Event.put(snapshot, "event", event == null ? null : event.id);
        Event.put(snapshot, "council", council == null ? null : council.gssCode);
        Event.put(snapshot, "attendeeRole", attendeeRole == null ? null : attendeeRole.code());
        Event.put(snapshot, "attendeeKey", attendeeKey);
        Event.put(snapshot, "attended", attended);
        Event.put(snapshot, "organisation", organisation == null ? null : organisation.id);
        Event.put(snapshot, "externalId", externalId);
        return snapshot;
    }
}
