package uk.gov.local.sectorsupport.common.security;

/** Realm roles issued by Keycloak. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String STAFF = "staff";
    public static final String ANALYST = "analyst";
    public static final String PARTNER = "partner";

    private Roles() {
    }
}
