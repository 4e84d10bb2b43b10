package kz.emocare.hub.consent;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.emocare.hub.platform.Actor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "My consents", description = "Grant, list and revoke consents; see every disclosure of my data.")
@RestController
@RequestMapping("/api/v1/me")
class ConsentController {

    private final ConsentLedger ledger;
    private final DisclosureLog disclosures;
    private final Clock clock;

    ConsentController(ConsentLedger ledger, DisclosureLog disclosures, Clock clock) {
        this.ledger = ledger;
        this.disclosures = disclosures;
        this.clock = clock;
    }

    @Operation(
            summary = "Grant a consent",
            description = "Lets a recipient organisation receive the named data categories for a purpose. "
                    + "Treatment consents go to clinics. Periods are optional: from now, until revoked, all data.")
    @PostMapping("/consents")
    @ResponseStatus(HttpStatus.CREATED)
    ConsentView grant(Actor actor, @Valid @RequestBody GrantRequest request) {
        return ConsentView.of(ledger.grant(actor.requirePerson(), request.toGrant()), clock.instant());
    }

    @Operation(summary = "My consents, in force or not (the history is kept)")
    @GetMapping("/consents")
    Page<ConsentView> list(
            Actor actor, @PageableDefault(sort = "grantedAt", direction = Sort.Direction.DESC) Pageable page) {
        Instant now = clock.instant();
        return ledger.ofPerson(actor.requirePerson(), page).map(consent -> ConsentView.of(consent, now));
    }

    @Operation(summary = "One of my consents")
    @GetMapping("/consents/{consentId}")
    ConsentView get(Actor actor, @PathVariable UUID consentId) {
        return ConsentView.of(ledger.ownedBy(actor.requirePerson(), consentId), clock.instant());
    }

    @Operation(summary = "What happened to one of my consents: granted, revoked")
    @GetMapping("/consents/{consentId}/history")
    List<ConsentLedger.ConsentHistoryEntry> history(Actor actor, @PathVariable UUID consentId) {
        return ledger.history(actor.requirePerson(), consentId);
    }

    @Operation(
            summary = "Revoke one of my consents",
            description = "Takes effect at once: no further data leaves under it. Revoking twice is harmless.")
    @PostMapping("/consents/{consentId}/revoke")
    ConsentView revoke(Actor actor, @PathVariable UUID consentId) {
        return ConsentView.of(ledger.revoke(actor.requirePerson(), consentId), clock.instant());
    }

    @Operation(summary = "Every disclosure of my data: to whom, when, what kind, under which consent")
    @GetMapping("/disclosures")
    Page<DisclosureView> disclosures(
            Actor actor, @PageableDefault(sort = "disclosedAt", direction = Sort.Direction.DESC) Pageable page) {
        return disclosures.ofPerson(actor.requirePerson(), page).map(DisclosureView::of);
    }

    record GrantRequest(
            @NotNull UUID recipientId,
            @NotNull ConsentPurpose purpose,
            @NotEmpty Set<@NotNull DataCategory> categories,
            Instant validFrom,
            Instant validUntil,
            Instant dataFrom,
            Instant dataUntil) {

        ConsentLedger.Grant toGrant() {
            return new ConsentLedger.Grant(
                    recipientId, purpose, categories, new Consent.Terms(validFrom, validUntil, dataFrom, dataUntil));
        }
    }

    record ConsentView(
            UUID id,
            UUID recipientId,
            ConsentPurpose purpose,
            Set<DataCategory> categories,
            Instant validFrom,
            Instant validUntil,
            Instant dataFrom,
            Instant dataUntil,
            String status,
            Instant grantedAt,
            Instant revokedAt) {

        static ConsentView of(Consent consent, Instant now) {
            return new ConsentView(
                    consent.id(),
                    consent.recipientId(),
                    consent.purpose(),
                    consent.categories(),
                    consent.validFrom(),
                    consent.validUntil(),
                    consent.dataFrom(),
                    consent.dataUntil(),
                    consent.effectiveStatus(now),
                    consent.grantedAt(),
                    consent.revokedAt());
        }
    }

    record DisclosureView(
            long id,
            UUID recipientId,
            String recipientActor,
            UUID consentId,
            String channel,
            String resourceTypes,
            int resourceCount,
            Instant disclosedAt) {

        static DisclosureView of(Disclosure disclosure) {
            return new DisclosureView(
                    disclosure.id(),
                    disclosure.recipientId(),
                    disclosure.recipientActor(),
                    disclosure.consentId(),
                    disclosure.channel(),
                    disclosure.resourceTypes(),
                    disclosure.resourceCount(),
                    disclosure.disclosedAt());
        }
    }
}
