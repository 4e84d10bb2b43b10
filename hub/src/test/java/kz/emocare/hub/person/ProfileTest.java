package kz.emocare.hub.person;

import static kz.emocare.hub.support.Tokens.machine;
import static kz.emocare.hub.support.Tokens.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kz.emocare.contracts.identity.Role;
import kz.emocare.hub.support.HubTest;
import kz.emocare.hub.support.TestPeople;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@HubTest
class ProfileTest {

    private static final String KAZAKH_NAME = "Әсем Ғалымқызы Қайратова 🌷 ҢӨҰҮҺІ";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    People people;

    @Test
    void updateProfileWhenKazakhLettersAndEmojiThenRoundTrip() throws Exception {
        Person user = testPeople.user();

        mvc.perform(patch("/api/v1/me")
                        .with(person(user.id(), Role.USER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"" + KAZAKH_NAME + "\",\"language\":\"KK\","
                                + "\"textSize\":\"EXTRA_LARGE\",\"highContrast\":true,\"simplifiedMode\":true,"
                                + "\"disabilityCategory\":\"VISUAL\"}"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/me").with(person(user.id(), Role.USER)))
                .andExpect(jsonPath("$.displayName").value(KAZAKH_NAME))
                .andExpect(jsonPath("$.language").value("kk"))
                .andExpect(jsonPath("$.preferences.textSize").value("EXTRA_LARGE"))
                .andExpect(jsonPath("$.preferences.highContrast").value(true))
                .andExpect(jsonPath("$.disabilityCategory").value("VISUAL"));
        assertThat(people.get(user.id()).displayName()).isEqualTo(KAZAKH_NAME);
    }

    @Test
    void updateProfileWhenDisabilityNoneThenCleared() throws Exception {
        Person user = testPeople.user();
        patchMe(user, "{\"disabilityCategory\":\"HEARING\"}").andExpect(status().isOk());

        patchMe(user, "{\"disabilityCategory\":\"NONE\"}").andExpect(status().isOk());

        assertThat(people.get(user.id()).disabilityCategory()).isNull();
    }

    @Test
    void updateProfileWhenUnknownTextSizeThenProblemNamingAllowedValuesAndNothingChanges() throws Exception {
        Person user = testPeople.user();

        patchMe(user, "{\"displayName\":\"Changed\",\"textSize\":\"HUGE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:emocare:problem:unreadable-body"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("NORMAL, LARGE, EXTRA_LARGE")));

        assertThat(people.get(user.id()).displayName()).isEqualTo("Test User");
    }

    @Test
    void updateProfileWhenUnknownFieldThenProblemNamingIt() throws Exception {
        Person user = testPeople.user();

        patchMe(user, "{\"roles\":[\"ADMINISTRATOR\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("'roles'")));

        assertThat(people.get(user.id()).roles()).containsExactly(Role.USER);
    }

    @Test
    void updateProfileWhenNameTooLongOrEmailInvalidThenValidationProblem() throws Exception {
        Person user = testPeople.user();

        patchMe(user, "{\"displayName\":\"" + "x".repeat(201) + "\",\"email\":\"not-an-email\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:emocare:problem:validation"))
                .andExpect(jsonPath("$.errors.length()").value(2));
    }

    @Test
    void profileWhenMachineTokenThenForbiddenProblem() throws Exception {
        mvc.perform(get("/api/v1/me").with(machine("partner", "hub.api")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("person's token")));
    }

    @Test
    void profileWhenNoTokenThenUnauthorizedProblemWithChallenge() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("urn:emocare:problem:unauthenticated"))
                .andExpect(result -> assertThat(result.getResponse().getHeader("WWW-Authenticate"))
                        .startsWith("Bearer"));
    }

    private org.springframework.test.web.servlet.ResultActions patchMe(Person user, String body) throws Exception {
        return mvc.perform(patch("/api/v1/me")
                .with(person(user.id(), Role.USER))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
