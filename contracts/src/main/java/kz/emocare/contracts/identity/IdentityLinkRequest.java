package kz.emocare.contracts.identity;

import java.util.UUID;

/**
 * Sent by the auth-server after the user proved control of an existing person's account, to link a further provider
 * account to that person.
 */
public record IdentityLinkRequest(IdentityProvider provider, String subject, UUID personId) {}
