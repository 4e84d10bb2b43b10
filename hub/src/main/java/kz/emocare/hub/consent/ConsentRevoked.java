package kz.emocare.hub.consent;

import java.util.UUID;

/** Published when a consent is revoked, inside the revoking transaction, so listeners stop flows atomically. */
public record ConsentRevoked(UUID consentId, UUID personId, UUID recipientId) {}
