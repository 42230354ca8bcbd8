package uk.gov.local.sectorsupport.event;

import java.time.LocalDate;
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

import uk.gov.local.sectorsupport.common.FinancialYear;
import uk.gov.local.sectorsupport.common.persistence.OwnedRecord;
import uk.gov.local.sectorsupport.council.Region;
import uk.gov.local.sectorsupport.programme.Programme;

/** A masterclass, webinar, conference, weekender … run under a programme. */
@Entity
@SQLRestriction(OwnedRecord.NOT_WITHDRAWN)
public class Event extends OwnedRecord {

    public static final String AUDIT_TYPE = "event";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    public Programme programme;

    public String title;
    public EventType type;
    public EventFormat format;
    public LocalDate startDate;
    public LocalDate endDate;
    /** Where it is held; none for an online event. */
    public Region region;
    public String venue;
    public Integer capacity;

    public FinancialYear financialYear() {
        return FinancialYear.of(startDate);
    }

    /** The audited fields as text. */
    public Map<String, String> auditSnapshot() {
        Map<String, String> snapshot = new LinkedHashMap<>();
        put(snapshot, "programme", programme == null ? null : programme.id);
        put(snapshot, "title", title);
        put(snapshot, "type", type == null ? null : type.code());
        put(snapshot, "format", format == null ? null : format.code());
        put(snapshot, "startDate", startDate);
        put(snapshot, "endDate", endDate);
        put(snapshot, "region", region == null ? null : region.code());
        put(snapshot, "venue", venue);
        put(snapshot, "capacity", capacity);
        put(snapshot, "organisation", organisation == null ? null : organisation.id);
        put(snapshot, "externalId", externalId);
        return snapshot;
    }

    static void put(Map<String, String> snapshot, String field, Object value) {
        if (value != null) {
            snapshot.put(field, value.toString());
        }
    }
}
