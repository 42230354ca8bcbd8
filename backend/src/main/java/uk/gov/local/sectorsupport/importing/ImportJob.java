package uk.gov.local.sectorsupport.importing;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import uk.gov.local.sectorsupport.organisation.Organisation;

/** One push: what was sent, by whom, for which organisation, and how it ended. Rows in PostgreSQL, not memory. */
@Entity
public class ImportJob extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public ImportDataset dataset;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    /** The partner's client id, or the user name of LGA staff pushing on the organisation's behalf. */
    public String clientId;
    public ImportStatus status;
    public boolean dryRun;
    public ImportMode mode;
    public String scopeProgrammeId;
    /** The calendar year the scope's financial year starts in (2024 = 2024-25). */
    public Integer scopeFinancialYear;
    public String contentType;
    public String bodySha256;
    public long bodyBytes;
    public String idempotencyKey;
    public Integer controlCount;
    public int received;
    public int processed;
    public int created;
    public int updated;
    public int unchanged;
    public int rejected;
    public int withdrawn;
    public String failureReason;
    public Instant startedAt;
    public Instant heartbeatAt;
    public Instant completedAt;
    public String receiptSignature;

    public boolean finished() {
        return status != ImportStatus.RUNNING;
    }
}
