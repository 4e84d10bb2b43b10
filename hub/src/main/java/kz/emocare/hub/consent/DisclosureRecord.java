package kz.emocare.hub.consent;

import java.util.List;
import java.util.UUID;

/**
 * What to write into the disclosure log.
 *
 * @param channel how the data left: {@code FHIR_READ}, {@code MEDICAL_PUSH}, ...
 * @param recipientActor who received it: a person id or {@code client:<id>}
 * @param resourceTypes the kinds of records, e.g. {@code Observation}
 */
public record DisclosureRecord(
        UUID personId,
        UUID recipientId,
        String recipientActor,
        UUID consentId,
        String channel,
        List<String> resourceTypes,
        int resourceCount) {

    public DisclosureRecord {
        if (personId == null || recipientId == null || consentId == null || channel == null) {
            throw new IllegalArgumentException("a disclosure names the person, recipient, consent and channel");
        }
        resourceTypes = List.copyOf(resourceTypes);
    }
}
