package kz.emocare.hub.person;

import static kz.emocare.hub.support.Tokens.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import kz.emocare.contracts.identity.Role;
import kz.emocare.contracts.region.Region;
import kz.emocare.hub.audit.AuditTrail;
import kz.emocare.hub.consent.Consent;
import kz.emocare.hub.consent.ConsentLedger;
import kz.emocare.hub.consent.ConsentPurpose;
import kz.emocare.hub.consent.ConsentStatus;
import kz.emocare.hub.consent.DataCategory;
import kz.emocare.hub.support.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@HubTest
class DataSubjectRightsTest {

    private static final String IIN = "100515600038";

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    ConsentLedger consents;

    @Autowired
    OrganizationRepository organizations;

    @Autowired
    ExternalIdentityRepository identities;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void exportWhenOwnerThenContainsProfileAccountsAndEverySection() throws Exception {
        Person subject = personWithIinAndConsent();

        mvc.perform(get("/api/v1/me/export").with(person(subject.id(), Role.USER)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andExpect(jsonPath("$.profile.displayName").value("Әлия Қасымқызы 🌱"))
                .andExpect(jsonPath("$.profile.maskedIin").value("********0038"))
                .andExpect(jsonPath("$.linkedAccounts[0].system").value("school"))
                .andExpect(jsonPath("$.consents.consents[0].purpose").value("TREATMENT"));
    }

    @Test
    void eraseWhenConfirmedThenIdentifyingDataGoneConsentsRevokedAndAudited() throws Exception {
        Person subject = personWithIinAndConsent();

        mvc.perform(post("/api/v1/me/erasure")
                        .with(person(subject.id(), Role.USER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"confirm\":true}"))
                .andExpect(status().isNoContent());

        Person erased = people.get(subject.id());
        assertThat(erased.status()).isEqualTo(PersonStatus.ERASED);
        assertThat(erased.displayName()).isEqualTo("Erased person");
        assertThat(erased.iin()).isNull();
        assertThat(erased.email()).isNull();
        assertThat(erased.birthDate().getDayOfYear()).isEqualTo(1);
        assertThat(erased.region()).isEqualTo(Region.ALMATY);
        assertThat(jdbc.queryForObject(
                        "select count(*) from person where id = ? and iin_cipher is null and iin_hash is null",
                        Integer.class,
                        subject.id().toString()))
                .isEqualTo(1);
        assertThat(identities.findByPersonId(subject.id())).isEmpty();
        assertThat(consents.allOfPerson(subject.id()))
                .extracting(Consent::status)
                .containsOnly(ConsentStatus.REVOKED);
        assertThat(people.findByIin(IIN)).doesNotContain(erased);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'person.erased' and record_id = ?",
                        Integer.class,
                        subject.id().toString()))
                .isEqualTo(1);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void eraseWhenNotConfirmedThenProblemAndNothingChanges() throws Exception {
        Person subject = personWithIinAndConsent();

        mvc.perform(post("/api/v1/me/erasure")
                        .with(person(subject.id(), Role.USER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"confirm\":false}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("confirm"));

        assertThat(people.get(subject.id()).status()).isEqualTo(PersonStatus.ACTIVE);
        assertThat(people.get(subject.id()).iin()).isEqualTo(IIN);
    }

    private Person personWithIinAndConsent() {
        Organization clinic = organizations.save(new Organization(
                UUID.randomUUID(),
                OrganizationKind.CLINIC,
                "Rights clinic",
                Region.ALMATY,
                "test",
                UUID.randomUUID().toString(),
                Instant.now()));
        Person subject = people.create(
                new People.NewPerson(
                        null,
                        "Әлия Қасымқызы 🌱",
                        "aliya@example.kz",
                        Language.KK,
                        Set.of(Role.USER),
                        UserCategory.STUDENT,
                        IIN,
                        null),
                "test");
        people.updateProfile(
                subject.id(),
                new ProfileChange(
                        null, null, null, null, null, null, java.util.Optional.of(DisabilityCategory.HEARING)));
        identities.save(new ExternalIdentity(subject.id(), "school", "rights-" + UUID.randomUUID(), Instant.now()));
        transactions.executeWithoutResult(status -> {
            Person managed = people.get(subject.id());
            managed.recordDemographics(
                    managed.userCategory(), Region.ALMATY, managed.birthDate(), managed.sex(), Instant.now());
        });
        consents.grant(
                subject.id(),
                new ConsentLedger.Grant(
                        clinic.id(),
                        ConsentPurpose.TREATMENT,
                        Set.of(DataCategory.MOOD),
                        new Consent.Terms(null, null, null, null)));
        return subject;
    }
}
