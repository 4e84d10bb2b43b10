package kz.emocare.hub.consent;

import java.util.Set;
import java.util.UUID;

/** Published when a person grants a consent, inside the granting transaction. */
public record ConsentGranted(
        UUID consentId, UUID personId, UUID recipientId, ConsentPurpose purpose, Set<DataCategory> categories) {}
