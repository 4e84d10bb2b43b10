package kz.emocare.contracts.identity;

/**
 * Names of the claims Emocare access tokens carry, shared by the auth-server that issues them and the hub that reads
 * them.
 */
public final class TokenClaims {

    /** The Emocare person id (UUID) of a person's token; machine tokens have none. */
    public static final String PERSON_ID = "person_id";

    /** Array of role names, see {@link Role}. */
    public static final String ROLES = "roles";

    /** The school (UUID) a student is enrolled in. */
    public static final String SCHOOL_ID = "school_id";

    /** The organisation (UUID) a clinician works for; consents name organisations. */
    public static final String ORGANIZATION_ID = "organization_id";

    /** SMART launch context: the FHIR Patient id (the Emocare person id) a patient/ scope is confined to. */
    public static final String PATIENT = "patient";

    /** Audience of tokens for the hub's REST API. FHIR tokens carry the FHIR base URL instead. */
    public static final String HUB_AUDIENCE = "emocare-hub";

    /** Scope the auth-server uses to resolve and link identities at the hub. */
    public static final String SCOPE_IDENTITY = "hub.identity";

    /** Scope the auth-server uses to write sign-in attempts into the hub's audit trail. */
    public static final String SCOPE_AUDIT = "hub.audit";

    private TokenClaims() {}
}
