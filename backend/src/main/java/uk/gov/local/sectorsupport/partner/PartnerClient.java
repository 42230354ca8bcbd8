package uk.gov.local.sectorsupport.partner;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;

import uk.gov.local.sectorsupport.organisation.Organisation;

/**
 * A partner organisation's machine client as Keycloak holds it. The rule that makes a Keycloak client a partner
 * client: its client id is {@code <organisation id>-partner}, it has a service account, and a hard-coded claim
 * mapper puts that same organisation id in the {@code organisation} claim. The demo clients of the realm file
 * ({@code solace-partner}, {@code adass-partner}) follow it, and so does every client this backend creates; any
 * other client (the web app's, the admin API's own) is never listed nor changed.
 */
record PartnerClient(String id, String clientId, String organisationId, boolean enabled, Instant createdAt,
        Instant secretIssuedAt) {

    static final String SUFFIX = "-partner";
    static final String AUDIENCE = "sector-support-api";
    static final String ORGANISATION_CLAIM = "organisation";
    static final String ORGANISATION_MAPPER = "organisation";
    /** Client attributes this backend keeps on the clients it creates (the realm file's clients have none). */
    static final String CREATED_AT = "sector-support.created-at";
    static final String SECRET_ISSUED_AT = "sector-support.secret-issued-at";

    static String clientIdFor(String organisationId) {
        return organisationId + SUFFIX;
    }

    static Optional<PartnerClient> recognise(ClientRepresentation client) {
        if (client.getClientId() == null || !client.getClientId().endsWith(SUFFIX)
                || !Boolean.TRUE.equals(client.isServiceAccountsEnabled()) || client.getProtocolMappers() == null) {
            return Optional.empty();
        }
        return client.getProtocolMappers().stream()
                .filter(mapper -> "oidc-hardcoded-claim-mapper".equals(mapper.getProtocolMapper())
                        && mapper.getConfig() != null
                        && ORGANISATION_CLAIM.equals(mapper.getConfig().get("claim.name")))
                .map(mapper -> mapper.getConfig().get("claim.value"))
                .filter(organisation -> organisation != null && client.getClientId().equals(clientIdFor(organisation)))
                .findFirst()
                .map(organisation -> new PartnerClient(client.getId(), client.getClientId(), organisation,
                        Boolean.TRUE.equals(client.isEnabled()), instant(client, CREATED_AT),
                        instant(client, SECRET_ISSUED_AT)));
    }

    /** What the audit trail records: never the secret, only when it was issued. */
    Map<String, String> auditSnapshot() {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("clientId", clientId);
        snapshot.put("organisation", organisationId);
        snapshot.put("enabled", Boolean.toString(enabled));
        if (secretIssuedAt != null) {
            snapshot.put("secretIssuedAt", secretIssuedAt.toString());
        }
        return snapshot;
    }

    PartnerClient withEnabled(boolean value) {
        return new PartnerClient(id, clientId, organisationId, value, createdAt, secretIssuedAt);
    }

    PartnerClient withSecretIssuedAt(Instant value) {
        return new PartnerClient(id, clientId, organisationId, enabled, createdAt, value);
    }

    /**
     * A new partner client, configured as the realm file's demo partners are: confidential, client credentials
     * only, tokens with audience {@code sector-support-api} and the {@code organisation} claim. (The realm role
     * {@code partner} goes on its service account once Keycloak has made it.) No secret: Keycloak generates one.
     */
    static ClientRepresentation newClient(Organisation organisation, Instant now) {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(clientIdFor(organisation.id));
        client.setName(organisation.name + " (partner API client)");
        client.setDescription("Partner machine client for " + organisation.name
                + ": client credentials grant; tokens carry organisation=" + organisation.id
                + ". Onboarded through the Sector Support web app.");
        client.setEnabled(true);
        client.setProtocol("openid-connect");
        client.setPublicClient(false);
        client.setBearerOnly(false);
        client.setClientAuthenticatorType("client-secret");
        client.setConsentRequired(false);
        client.setStandardFlowEnabled(false);
        client.setImplicitFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(false);
        client.setServiceAccountsEnabled(true);
        client.setFrontchannelLogout(false);
        client.setFullScopeAllowed(true);
        client.setRedirectUris(List.of());
        client.setWebOrigins(List.of());
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("oauth2.device.authorization.grant.enabled", "false");
        attributes.put("oidc.ciba.grant.enabled", "false");
        attributes.put("client_credentials.use_refresh_token", "false");
        attributes.put(CREATED_AT, now.toString());
        attributes.put(SECRET_ISSUED_AT, now.toString());
        client.setAttributes(attributes);

        List<ProtocolMapperRepresentation> mappers = new ArrayList<>();
        mappers.add(mapper("audience " + AUDIENCE, "oidc-audience-mapper", Map.of(
                "included.client.audience", AUDIENCE,
                "access.token.claim", "true",
                "id.token.claim", "false",
                "introspection.token.claim", "true")));
        mappers.add(mapper(ORGANISATION_MAPPER, "oidc-hardcoded-claim-mapper", Map.of(
                "claim.name", ORGANISATION_CLAIM,
                "claim.value", organisation.id,
                "jsonType.label", "String",
                "access.token.claim", "true",
                "id.token.claim", "false",
                "userinfo.token.claim", "false",
                "introspection.token.claim", "true")));
        client.setProtocolMappers(mappers);
        return client;
    }

    private static ProtocolMapperRepresentation mapper(String name, String type, Map<String, String> config) {
        ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
        mapper.setName(name);
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper(type);
        mapper.setConfig(new LinkedHashMap<>(config));
        return mapper;
    }

    private static Instant instant(ClientRepresentation client, String attribute) {
        String value = client.getAttributes() == null ? null : client.getAttributes().get(attribute);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
