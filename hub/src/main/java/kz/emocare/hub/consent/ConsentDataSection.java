package kz.emocare.hub.consent;

import java.util.Map;
import java.util.UUID;
import kz.emocare.hub.person.PersonalDataSection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's consents and disclosures in an export. On erasure every consent is revoked (so no data flows any more)
 * but the consents and disclosures stay: they record what the person allowed and what was shared, which the operator
 * must be able to show, and they hold no data beyond ids.
 */
@Component
class ConsentDataSection implements PersonalDataSection {

    private final ConsentLedger ledger;
    private final DisclosureRepository disclosures;

    ConsentDataSection(ConsentLedger ledger, DisclosureRepository disclosures) {
        this.ledger = ledger;
        this.disclosures = disclosures;
    }

    @Override
    public String name() {
        return "consents";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(UUID personId) {
        return Map.of(
                "consents",
                ledger.allOfPerson(personId).stream()
                        .map(consent -> Map.of(
                                "id", consent.id(),
                                "recipientId", consent.recipientId(),
                                "purpose", consent.purpose(),
                                "categories", consent.categories(),
                                "status", consent.status(),
                                "grantedAt", consent.grantedAt()))
                        .toList(),
                "disclosures",
                disclosures.findByPersonId(personId).stream()
                        .map(disclosure -> Map.of(
                                "recipientId", disclosure.recipientId(),
                                "channel", disclosure.channel(),
                                "resourceTypes", disclosure.resourceTypes(),
                                "resourceCount", disclosure.resourceCount(),
                                "disclosedAt", disclosure.disclosedAt()))
                        .toList());
    }

    @Override
    public void erase(UUID personId) {
        ledger.revokeAll(personId);
    }
}
