package uk.gov.local.sectorsupport.peer;

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
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import uk.gov.local.sectorsupport.council.Council;

/** A member (councillor) or officer peer in the pool the LGA draws peer challenge teams from. */
@Entity
public class Peer extends PanacheEntityBase {

    public static final String AUDIT_TYPE = "peer";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public PeerKind kind;
    public String name;
    public String email;
    public String phone;
    public String jobTitle;
    /** Member peers only. */
    public PoliticalGroup politicalGroup;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "home_council_gss_code")
    public Council homeCouncil;

    public LocalDate accreditationDate;
    public boolean active = true;
    /** Self-reported and optional; never returned by the API, only counted in aggregate. */
    public Sex sex;
    public EthnicGroup ethnicGroup;

    @Version
    public int version;

    /** The audited fields as text. */
    public Map<String, String> auditSnapshot() {
        Map<String, String> snapshot = new LinkedHashMap<>();
        put(snapshot, "kind", kind == null ? null : kind.code());
        put(snapshot, "name", name);
        put(snapshot, "email", email);
        put(snapshot, "phone", phone);
        put(snapshot, "jobTitle", jobTitle);
        put(snapshot, "politicalGroup", politicalGroup == null ? null : politicalGroup.code());
        put(snapshot, "homeCouncil", homeCouncil == null ? null : homeCouncil.gssCode);
        put(snapshot, "accreditationDate", accreditationDate);
        put(snapshot, "active", active);
        put(snapshot, "sex", sex == null ? null : sex.code());
        put(snapshot, "ethnicGroup", ethnicGroup == null ? null : ethnicGroup.code());
        return snapshot;
    }

    private static void put(Map<String, String> snapshot, String field, Object value) {
        if (value != null) {
            snapshot.put(field, value.toString());
        }
    }
}
