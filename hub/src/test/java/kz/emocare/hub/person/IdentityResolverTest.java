package kz.emocare.hub.person;

import static kz.emocare.hub.support.Tokens.machine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import kz.emocare.contracts.identity.IdentityResolution;
import kz.emocare.contracts.identity.TokenClaims;
import kz.emocare.hub.support.HubTest;
import kz.emocare.hub.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@HubTest
class IdentityResolverTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    People people;

    @Autowired
    ExternalIdentityRepository identities;

    @Test
    void resolveWhenIdentityAlreadyLinkedThenLinksToThatPerson() throws Exception {
        Person student = testPeople.student(null);
        String subject = "school-" + UUID.randomUUID();
        identities.save(new ExternalIdentity(student.id(), "school", subject, java.time.Instant.now()));

        resolve("SCHOOL", subject, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("LINKED"))
                .andExpect(jsonPath("$.personId").value(student.id().toString()));
    }

    @Test
    void resolveWhenVerifiedIinMatchesExistingPersonThenProofRequiredAndNothingLinked() throws Exception {
        String iin = "900101300017";
        Person existing = people.findByIin(iin).stream()
                .findFirst()
                .orElseGet(() -> people.create(
                        new People.NewPerson(
                                null,
                                "Даурен",
                                null,
                                Language.RU,
                                java.util.Set.of(kz.emocare.contracts.identity.Role.USER),
                                UserCategory.ADULT,
                                iin,
                                null),
                        "test"));
        String subject = "egov-" + UUID.randomUUID();

        resolve("EGOV", subject, iin)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("PROOF_REQUIRED"))
                .andExpect(jsonPath("$.personId").value(existing.id().toString()));

        assertThat(identities.findBySystemAndExternalId("egov", subject)).isEmpty();
    }

    @Test
    void linkWhenProofGivenThenSecondProviderResolvesToSamePerson() throws Exception {
        Person adult = testPeople.user();
        String subject = "egov-" + UUID.randomUUID();

        mvc.perform(post("/api/v1/identities/link")
                        .with(machine("emocare-auth-server", TokenClaims.SCOPE_IDENTITY))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"provider\":\"EGOV\",\"subject\":\"" + subject + "\",\"personId\":\"" + adult.id()
                                + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("LINKED"));

        resolve("EGOV", subject, null)
                .andExpect(jsonPath("$.outcome").value("LINKED"))
                .andExpect(jsonPath("$.personId").value(adult.id().toString()));
    }

    @Test
    void linkWhenAccountLinkedToAnotherPersonThenConflict() throws Exception {
        Person first = testPeople.user();
        Person second = testPeople.user();
        String subject = "local-" + UUID.randomUUID();
        identities.save(new ExternalIdentity(first.id(), "local", subject, java.time.Instant.now()));

        mvc.perform(post("/api/v1/identities/link")
                        .with(machine("emocare-auth-server", TokenClaims.SCOPE_IDENTITY))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"provider\":\"LOCAL\",\"subject\":\"" + subject + "\",\"personId\":\"" + second.id()
                                + "\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:emocare:problem:identity-linked-elsewhere"));
    }

    @Test
    void resolveWhenNobodyMatchesThenCreatesStudentForSchoolAccount() throws Exception {
        String subject = "school-" + UUID.randomUUID();

        String body = resolve("SCHOOL", subject, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("CREATED"))
                .andExpect(jsonPath("$.roles[0]").value("USER"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        UUID personId = UUID.fromString(com.jayway.jsonpath.JsonPath.read(body, "$.personId"));
        assertThat(people.get(personId).userCategory()).isEqualTo(UserCategory.STUDENT);
        assertThat(identities.findBySystemAndExternalId("school", subject)).isPresent();
    }

    @Test
    void resolveWhenEmailMatchesAnotherPersonThenNeverLinksByEmail() throws Exception {
        Person existing = testPeople.user();
        people.updateProfile(existing.id(), new ProfileChange(null, "shared@example.kz", null, null, null, null, null));
        String subject = "school-" + UUID.randomUUID();

        mvc.perform(post("/api/v1/identities/resolve")
                        .with(machine("emocare-auth-server", TokenClaims.SCOPE_IDENTITY))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"provider\":\"SCHOOL\",\"subject\":\"" + subject
                                + "\",\"displayName\":\"Someone\",\"email\":\"shared@example.kz\"}"))
                .andExpect(jsonPath("$.outcome").value(IdentityResolution.Outcome.CREATED.name()))
                .andExpect(jsonPath("$.personId")
                        .value(org.hamcrest.Matchers.not(existing.id().toString())));
    }

    @Test
    void resolveWhenIinInvalidThenProblemAndNothingCreated() throws Exception {
        String subject = "egov-" + UUID.randomUUID();

        resolve("EGOV", subject, "900101300018")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("check digit")));

        assertThat(identities.findBySystemAndExternalId("egov", subject)).isEmpty();
    }

    @Test
    void resolveWhenProviderUnknownThenProblemNamingAllowedValues() throws Exception {
        mvc.perform(post("/api/v1/identities/resolve")
                        .with(machine("emocare-auth-server", TokenClaims.SCOPE_IDENTITY))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"provider\":\"FACEBOOK\",\"subject\":\"x\",\"displayName\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("LOCAL, SCHOOL, EGOV")));
    }

    private ResultActions resolve(String provider, String subject, String iin) throws Exception {
        String iinField = iin == null ? "" : ",\"verifiedIin\":\"" + iin + "\"";
        return mvc.perform(post("/api/v1/identities/resolve")
                .with(machine("emocare-auth-server", TokenClaims.SCOPE_IDENTITY))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"provider\":\"" + provider + "\",\"subject\":\"" + subject
                        + "\",\"displayName\":\"Тест Қолданушы\"" + iinField + "}"));
    }
}
