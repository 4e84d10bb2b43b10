package kz.emocare.contracts.identity;

/**
 * Sent by the auth-server when an account of a provider signs in: who the provider says this is.
 *
 * @param provider the identity provider
 * @param subject the provider's stable id of the account (the school system's user id, the national subject, the
 *     local username)
 * @param displayName the name the provider reports, used only when a new person is created
 * @param email the e-mail the provider reports; never used to link accounts
 * @param verifiedIin the IIN when the provider verified it (national identity), otherwise {@code null}
 * @param language preferred language (kk, ru, en) when known, otherwise {@code null}
 */
public record IdentityResolutionRequest(
        IdentityProvider provider,
        String subject,
        String displayName,
        String email,
        String verifiedIin,
        String language) {}
