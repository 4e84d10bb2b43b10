package kz.emocare.hub.consent;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kz.emocare.hub.audit.AuditEntry;
import kz.emocare.hub.audit.AuditTrail;
import kz.emocare.hub.person.Organization;
import kz.emocare.hub.person.OrganizationKind;
import kz.emocare.hub.person.OrganizationRepository;
import kz.emocare.hub.person.People;
import kz.emocare.hub.platform.InvalidRequestException;
import kz.emocare.hub.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grants, revokes and answers questions about consents. Revoking is one call, as easy as granting (GDPR Art. 7(3)).
 * Grant and revoke publish {@link ConsentGranted} and {@link ConsentRevoked} inside their transaction, so the
 * connectors start or stop a data flow atomically with the change.
 */
@Service
public class ConsentLedger {

    private final ConsentRepository consents;
    private final ConsentEventRepository events;
    private final OrganizationRepository organizations;
    private final People people;
    private final AuditTrail audit;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    ConsentLedger(
            ConsentRepository consents,
            ConsentEventRepository events,
            OrganizationRepository organizations,
            People people,
            AuditTrail audit,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.consents = consents;
        this.events = events;
        this.organizations = organizations;
        this.people = people;
        this.audit = audit;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The person grants a consent. */
    @Transactional
    public Consent grant(UUID personId, Grant grant) {
        people.get(personId);
        Organization recipient = organizations
                .findById(grant.recipientId())
                .orElseThrow(() -> new InvalidRequestException("unknown-recipient", "The recipient does not exist."));
        requireFitting(grant, recipient);
        Instant now = clock.instant();
        Consent consent = consents.save(
                new Consent(personId, recipient.id(), grant.purpose(), grant.categories(), grant.terms(), now));
        events.save(new ConsentEvent(consent.id(), "GRANTED", now, personId.toString()));
        audit.record(AuditEntry.success(personId.toString(), "consent.granted", "consent", consent.id()));
        publisher.publishEvent(
                new ConsentGranted(consent.id(), personId, recipient.id(), consent.purpose(), consent.categories()));
        return consent;
    }

    /** The person revokes one of their consents; revoking an already revoked consent changes nothing. */
    @Transactional
    public Consent revoke(UUID personId, UUID consentId) {
        Consent consent = ownedBy(personId, consentId);
        if (consent.revoke(clock.instant())) {
            events.save(new ConsentEvent(consent.id(), "REVOKED", clock.instant(), personId.toString()));
            audit.record(AuditEntry.success(personId.toString(), "consent.revoked", "consent", consentId));
            publisher.publishEvent(new ConsentRevoked(consent.id(), personId, consent.recipientId()));
        }
        return consent;
    }

    /** Revokes every consent of a person, e.g. when the account is erased. */
    @Transactional
    public void revokeAll(UUID personId) {
        consents.findByPersonIdAndStatus(personId, ConsentStatus.ACTIVE)
                .forEach(consent -> revoke(personId, consent.id()));
    }

    @Transactional(readOnly = true)
    public Page<Consent> ofPerson(UUID personId, Pageable page) {
        return consents.findByPersonId(personId, page);
    }

    @Transactional(readOnly = true)
    public List<Consent> allOfPerson(UUID personId) {
        return consents.findByPersonId(personId);
    }

    /** A consent of the person, or a 404 that does not say whether it belongs to someone else. */
    @Transactional(readOnly = true)
    public Consent ownedBy(UUID personId, UUID consentId) {
        return consents.findById(consentId)
                .filter(consent -> consent.personId().equals(personId))
                .orElseThrow(() -> new NotFoundException("No such consent."));
    }

    @Transactional(readOnly = true)
    public List<ConsentHistoryEntry> history(UUID personId, UUID consentId) {
        ownedBy(personId, consentId);
        return events.findByConsentIdOrderByIdAsc(consentId).stream()
                .map(event -> new ConsentHistoryEntry(event.kind(), event.occurredAt(), event.actor()))
                .toList();
    }

    /**
     * The consent in force now under which the recipient may receive this category of the person's data for the
     * purpose, if any. When several apply, the one granted last.
     */
    @Transactional(readOnly = true)
    public Optional<Consent> inForce(UUID personId, UUID recipientId, ConsentPurpose purpose, DataCategory category) {
        Instant now = clock.instant();
        return consents
                .findByPersonIdAndRecipientIdAndPurposeAndStatus(personId, recipientId, purpose, ConsentStatus.ACTIVE)
                .stream()
                .filter(consent -> consent.inForceAt(now) && consent.covers(category))
                .max(Comparator.comparing(Consent::grantedAt));
    }

    private static void requireFitting(Grant grant, Organization recipient) {
        if (grant.categories().isEmpty()) {
            throw new InvalidRequestException("no-categories", "A consent must name at least one data category.");
        }
        if (grant.purpose() == ConsentPurpose.TREATMENT && recipient.kind() != OrganizationKind.CLINIC) {
            throw new InvalidRequestException("recipient-purpose-mismatch", "Consents for treatment go to a clinic.");
        }
        Consent.Terms terms = grant.terms();
        if (terms.validFrom() != null
                && terms.validUntil() != null
                && !terms.validUntil().isAfter(terms.validFrom())) {
            throw new InvalidRequestException("invalid-period", "The consent must end after it starts.");
        }
        if (terms.dataFrom() != null
                && terms.dataUntil() != null
                && terms.dataUntil().isBefore(terms.dataFrom())) {
            throw new InvalidRequestException("invalid-period", "The data period must end after it starts.");
        }
    }

    /** What a person grants. */
    public record Grant(UUID recipientId, ConsentPurpose purpose, Set<DataCategory> categories, Consent.Terms terms) {}

    /** One step of a consent's history. */
    public record ConsentHistoryEntry(String kind, Instant at, String actor) {}
}
