package uk.gov.local.sectorsupport.partner;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import io.quarkus.hibernate.orm.panache.Panache;
import uk.gov.local.sectorsupport.common.audit.AuditEntryView;
import uk.gov.local.sectorsupport.common.audit.AuditLog;
import uk.gov.local.sectorsupport.common.error.ConflictException;
import uk.gov.local.sectorsupport.common.error.InvalidFieldsException;
import uk.gov.local.sectorsupport.common.error.Problem.FieldError;
import uk.gov.local.sectorsupport.common.error.ResourceNotFoundException;
import uk.gov.local.sectorsupport.common.paging.PageRequest;
import uk.gov.local.sectorsupport.common.paging.PageResult;
import uk.gov.local.sectorsupport.common.security.Roles;
import uk.gov.local.sectorsupport.organisation.Organisation;
import uk.gov.local.sectorsupport.organisation.OrganisationRef;
import uk.gov.local.sectorsupport.organisation.OrganisationRole;

/**
 * Onboards partner organisations: their API clients live in Keycloak (the only copy; nothing about them is kept
 * here but the audit trail). Each change is audited first, inside the transaction, then made in Keycloak: when
 * Keycloak refuses, the transaction rolls back and no audit entry claims a change that did not happen.
 */
@ApplicationScoped
@Transactional
public class PartnerClientService {

    static final String AUDIT_TYPE = "partner-client";

    @Inject
    KeycloakAdmin keycloak;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<PartnerClientView> list(PageRequest pageRequest) {
        Map<String, Organisation> organisations = organisations();
        List<PartnerClient> all = call("list the clients", () -> keycloak.realm().clients().findAll()).stream()
                .map(PartnerClient::recognise).flatMap(Optional::stream)
                .filter(client -> organisations.containsKey(client.organisationId()))
                .sorted(Comparator.comparing(PartnerClient::clientId))
                .toList();
        List<PartnerClientView> page = all.stream().skip(pageRequest.offset()).limit(pageRequest.size())
                .map(client -> PartnerClientView.from(client, organisations.get(client.organisationId())))
                .toList();
        return new PageResult<>(page, pageRequest, all.size());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PartnerClientView> find(String clientId) {
        return lookup(clientId).map(client -> PartnerClientView.from(client, Organisation.findById(client.organisationId())));
    }

    public PartnerClientCredentials create(@Valid @NotNull PartnerClientCreate create) {
        Organisation organisation = Organisation.findById(create.organisation().strip());
        if (organisation == null) {
            throw new InvalidFieldsException(List.of(new FieldError("organisation",
                    "is not a known organisation; use the id of one listed at /api/v1/organisations")));
        }
        if (organisation.role != OrganisationRole.PARTNER) {
            throw new InvalidFieldsException(List.of(new FieldError("organisation",
                    "is the LGA itself; partner clients are for delivery partners")));
        }
        String clientId = PartnerClient.clientIdFor(organisation.id);
        if (!call("look up the client", () -> keycloak.realm().clients().findByClientId(clientId)).isEmpty()) {
            throw alreadyOnboarded(organisation);
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        PartnerClient planned = new PartnerClient(null, clientId, organisation.id, true, now, now);
        recordAudit(clientId, "created", Map.of(), planned.auditSnapshot());

        RealmResource realm = keycloak.realm();
        String id;
        try (Response response = realm.clients().create(PartnerClient.newClient(organisation, now))) {
            if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                throw alreadyOnboarded(organisation);
            }
            id = call("create the client", () -> CreatedResponseUtil.getCreatedId(response));
        } catch (ProcessingException e) {
            throw new KeycloakAdminException("Keycloak admin API: could not create client " + clientId, e);
        }
        try {
            ClientResource client = realm.clients().get(id);
            UserRepresentation serviceAccount = client.getServiceAccountUser();
            RoleRepresentation partnerRole = realm.users().get(serviceAccount.getId()).roles().realmLevel()
                    .listAvailable().stream().filter(role -> Roles.PARTNER.equals(role.getName())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("realm role " + Roles.PARTNER + " cannot be mapped"));
            var realmRoles = realm.users().get(serviceAccount.getId()).roles().realmLevel();
            realmRoles.add(List.of(partnerRole));
            // Keycloak gives every new user the realm's default roles; the demo partners' service accounts hold
            // `partner` alone, and so does this one.
            List<RoleRepresentation> others = realmRoles.listAll().stream()
                    .filter(role -> !Roles.PARTNER.equals(role.getName())).toList();
            if (!others.isEmpty()) {
                realmRoles.remove(others);
            }
            String secret = client.getSecret().getValue();
            return new PartnerClientCredentials(clientId, OrganisationRef.from(organisation), secret, keycloak.tokenUrl());
        } catch (RuntimeException e) {
            // Half made (no role on its service account): remove it, so that onboarding can simply be tried again.
            call("remove the half-made client", () -> {
                realm.clients().get(id).remove();
                return null;
            });
            throw e instanceof WebApplicationException || e instanceof ProcessingException || e instanceof IllegalStateException
                    ? new KeycloakAdminException("Keycloak admin API: could not finish client " + clientId, e)
                    : e;
        }
    }

    public PartnerClientCredentials rotateSecret(String clientId) {
        PartnerClient client = load(clientId);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        // Every rotation is a change the audit records, even two within one millisecond.
        if (client.secretIssuedAt() != null && !now.isAfter(client.secretIssuedAt())) {
            now = client.secretIssuedAt().plusMillis(1);
        }
        Instant issuedAt = now;
        recordAudit(clientId, "secret-rotated", client.auditSnapshot(), client.withSecretIssuedAt(issuedAt).auditSnapshot());
        String secret = call("rotate the secret", () -> {
            ClientResource resource = keycloak.realm().clients().get(client.id());
            String value = resource.generateNewSecret().getValue();
            ClientRepresentation representation = resource.toRepresentation();
            representation.getAttributes().put(PartnerClient.SECRET_ISSUED_AT, issuedAt.toString());
            resource.update(representation);
            return value;
        });
        Organisation organisation = Organisation.findById(client.organisationId());
        return new PartnerClientCredentials(clientId, OrganisationRef.from(organisation), secret, keycloak.tokenUrl());
    }

    public PartnerClientView setEnabled(String clientId, @Valid @NotNull PartnerClientEnabled change) {
        PartnerClient client = load(clientId);
        PartnerClient changed = client.withEnabled(change.enabled());
        if (client.enabled() != changed.enabled()) {
            recordAudit(clientId, change.enabled() ? "enabled" : "disabled", client.auditSnapshot(), changed.auditSnapshot());
            call(change.enabled() ? "enable the client" : "disable the client", () -> {
                ClientResource resource = keycloak.realm().clients().get(client.id());
                ClientRepresentation representation = resource.toRepresentation();
                representation.setEnabled(change.enabled());
                resource.update(representation);
                return null;
            });
        }
        return PartnerClientView.from(changed, Organisation.findById(client.organisationId()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntryView> history(String clientId) {
        List<AuditEntryView> history = audit.history(AUDIT_TYPE, clientId);
        if (history.isEmpty() && lookup(clientId).isEmpty()) {
            throw notFound(clientId);
        }
        return history;
    }

    static ResourceNotFoundException notFound(String clientId) {
        return new ResourceNotFoundException("There is no partner client with client id " + clientId + ".");
    }

    private PartnerClient load(String clientId) {
        return lookup(clientId).orElseThrow(() -> notFound(clientId));
    }

    /** Only a partner client of a known organisation: any other Keycloak client is "not found", never changed. */
    private Optional<PartnerClient> lookup(String clientId) {
        if (clientId == null || !clientId.endsWith(PartnerClient.SUFFIX)) {
            return Optional.empty();
        }
        return call("look up the client", () -> keycloak.realm().clients().findByClientId(clientId)).stream()
                .filter(client -> clientId.equals(client.getClientId()))
                .map(PartnerClient::recognise).flatMap(Optional::stream)
                .filter(client -> Organisation.findById(client.organisationId()) != null)
                .findFirst();
    }

    private void recordAudit(String clientId, String action, Map<String, String> before, Map<String, String> after) {
        audit.record(AUDIT_TYPE, clientId, action, null, before, after);
        Panache.getEntityManager().flush();
    }

    private static ConflictException alreadyOnboarded(Organisation organisation) {
        return new ConflictException(organisation.name + " already has a partner client ("
                + PartnerClient.clientIdFor(organisation.id) + "). Rotate its secret, or enable it, instead.",
                List.of(new FieldError("organisation", "already has a partner client")));
    }

    private static Map<String, Organisation> organisations() {
        return Organisation.<Organisation>listAll().stream()
                .collect(Collectors.toMap(organisation -> organisation.id, Function.identity()));
    }

    private static <T> T call(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (WebApplicationException | ProcessingException e) {
            throw new KeycloakAdminException("Keycloak admin API: could not " + what, e);
        }
    }
}
