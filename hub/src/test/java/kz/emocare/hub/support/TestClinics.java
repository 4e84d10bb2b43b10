package kz.emocare.hub.support;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import kz.emocare.contracts.region.Region;
import kz.emocare.hub.consent.Consent;
import kz.emocare.hub.consent.ConsentLedger;
import kz.emocare.hub.consent.ConsentPurpose;
import kz.emocare.hub.consent.DataCategory;
import kz.emocare.hub.person.Organization;
import kz.emocare.hub.person.OrganizationKind;
import kz.emocare.hub.person.OrganizationRepository;
import org.springframework.context.ApplicationContext;

/** Clinics and treatment consents for tests of consented reads; each clinic is new, so tests never collide. */
public final class TestClinics {

    private final OrganizationRepository organizations;
    private final ConsentLedger ledger;

    public TestClinics(ApplicationContext context) {
        this.organizations = context.getBean(OrganizationRepository.class);
        this.ledger = context.getBean(ConsentLedger.class);
    }

    public Organization clinic() {
        return organizations.save(new Organization(
                UUID.randomUUID(),
                OrganizationKind.CLINIC,
                "Test clinic",
                Region.ALMATY,
                "test",
                UUID.randomUUID().toString(),
                Instant.now()));
    }

    /** A treatment consent of the person to the clinic, over all data, for the categories. */
    public Consent treatmentConsent(UUID personId, UUID clinicId, DataCategory... categories) {
        return treatmentConsent(personId, clinicId, null, null, categories);
    }

    /** A treatment consent covering only data recorded between the bounds ({@code null}: open). */
    public Consent treatmentConsent(
            UUID personId, UUID clinicId, Instant dataFrom, Instant dataUntil, DataCategory... categories) {
        return ledger.grant(
                personId,
                new ConsentLedger.Grant(
                        clinicId,
                        ConsentPurpose.TREATMENT,
                        Set.of(categories),
                        new Consent.Terms(null, null, dataFrom, dataUntil)));
    }

    public Consent revoke(Consent consent) {
        return ledger.revoke(consent.personId(), consent.id());
    }
}
