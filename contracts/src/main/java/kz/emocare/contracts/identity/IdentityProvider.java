package kz.emocare.contracts.identity;

/** The systems an Emocare person can sign in with; with the subject they key a federated identity. */
public enum IdentityProvider {
    /** A local Emocare ID account (username and password with TOTP). */
    LOCAL,
    /** The Kundelik-style school system (plain OAuth2). */
    SCHOOL,
    /** The eGov-style national identity (OIDC-style, carries the IIN). */
    EGOV;

    /** The external-identity system name the hub stores for this provider. */
    public String systemName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
