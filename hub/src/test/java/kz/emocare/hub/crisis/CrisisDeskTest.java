package kz.emocare.hub.crisis;

import static kz.emocare.hub.support.Tokens.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.sql.Timestamp;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import kz.emocare.contracts.identity.Role;
import kz.emocare.hub.person.Person;
import kz.emocare.hub.support.HubTest;
import kz.emocare.hub.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@HubTest
@RecordApplicationEvents
class CrisisDeskTest {

    static final String KAZAKH_AND_EMOJI = "Маған қазір қиын. Ә Ғ Қ Ң Ө Ұ Ү Һ І 🆘";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople people;

    @Autowired
    CrisisDesk desk;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    Person user;
    Person psychologist;
    Person otherPsychologist;

    @BeforeEach
    void createPeople() {
        user = people.user();
        psychologist = people.withRole(Role.PSYCHOLOGIST);
        otherPsychologist = people.withRole(Role.PSYCHOLOGIST);
    }

    @ParameterizedTest
    @CsvSource({
        "kk, Балалар мен жастарға арналған ұлттық сенім телефоны",
        "ru, Национальный телефон доверия для детей и молодёжи",
        "EN, National helpline for children and young people"
    })
    void helpLinesArePublicInEachLanguage(String language, String name) throws Exception {
        mvc.perform(get("/api/v1/help-lines").param("language", language))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].number").value("150"))
                .andExpect(jsonPath("$[0].name").value(name))
                .andExpect(jsonPath("$[1].number").value("112"));
    }

    @Test
    void helpLinesInAnUnknownLanguageAreABadRequest() throws Exception {
        mvc.perform(get("/api/v1/help-lines").param("language", "de"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:emocare:problem:validation"));
    }

    @Test
    void helpButtonOpensARequestAndShowsTheHelpLinesAtOnce() throws Exception {
        askForHelp(
                        user,
                        "{\"message\":\"" + KAZAKH_AND_EMOJI
                                + "\",\"callBack\":true,\"callBackPhone\":\"+7 701 123 45 67\"}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", notNullValue()))
                .andExpect(jsonPath("$.alreadyOpen").value(false))
                .andExpect(jsonPath("$.request.state").value("OPEN"))
                .andExpect(jsonPath("$.request.source").value("HELP_BUTTON"))
                .andExpect(jsonPath("$.request.message").value(KAZAKH_AND_EMOJI))
                .andExpect(jsonPath("$.request.callBackRequested").value(true))
                .andExpect(jsonPath("$.helpLines[*].number", hasItem("150")))
                .andExpect(jsonPath("$.helpLines[*].number", hasItem("112")))
                .andExpect(jsonPath("$.helpLines[0].name").value("National helpline for children and young people"));

        Map<String, Object> stored = jdbc.queryForMap(
                "select message_cipher, call_back_phone_cipher from crisis_request where person_id = ?",
                user.id().toString());
        assertThat(String.valueOf(stored.get("message_cipher"))).doesNotContain("қиын");
        assertThat(String.valueOf(stored.get("call_back_phone_cipher"))).doesNotContain("701");
        assertThat(events.stream(CrisisRequestOpened.class))
                .anyMatch(event -> event.personId().equals(user.id()));
    }

    @Test
    void pressingAgainJoinsTheActiveRequestInsteadOfOpeningAnother() throws Exception {
        String first = idOf(askForHelp(user, null).andExpect(status().isCreated()));

        askForHelp(user, "{\"message\":\"ещё раз\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.alreadyOpen").value(true))
                .andExpect(jsonPath("$.request.id").value(first))
                .andExpect(jsonPath("$.request.message").value("ещё раз"))
                .andExpect(jsonPath("$.helpLines.length()").value(2));

        staffGet(psychologist, first)
                .andExpect(jsonPath("$.signalCount").value(2))
                .andExpect(jsonPath("$.waitingSeconds", greaterThanOrEqualTo(0)));
        assertThat(activeRequestsOf(user)).isEqualTo(1);
    }

    @Test
    void concurrentPressesLeaveExactlyOneActiveRequest() {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<UUID>> presses = IntStream.range(0, 8)
                    .mapToObj(press ->
                            CompletableFuture.supplyAsync(() -> CrisisFixtures.helpRequestOf(desk, user.id()), pool))
                    .toList();

            List<UUID> ids =
                    presses.stream().map(CompletableFuture::join).distinct().toList();

            assertThat(ids).hasSize(1);
            assertThat(activeRequestsOf(user)).isEqualTo(1);
            assertThat(jdbc.queryForObject(
                            "select signal_count from crisis_request where person_id = ?",
                            Integer.class,
                            user.id().toString()))
                    .isEqualTo(8);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void requestGoesToTheUsersOwnPsychologistOrElseWaitsUnassignedInTheQueue() throws Exception {
        people.assign(user, psychologist);
        Person userWithoutPsychologist = people.user();

        String assigned = idOf(askForHelp(user, null));
        String unassigned = idOf(askForHelp(userWithoutPsychologist, null));

        staffGet(otherPsychologist, assigned)
                .andExpect(jsonPath("$.assignedPsychologistId")
                        .value(psychologist.id().toString()));
        staffGet(otherPsychologist, unassigned)
                .andExpect(jsonPath("$.assignedPsychologistId").doesNotExist());
        mvc.perform(get("/api/v1/crisis-requests")
                        .param("scope", "UNASSIGNED")
                        .param("size", "100")
                        .with(psychologistToken(otherPsychologist)))
                .andExpect(jsonPath("$.content[*].id", hasItem(unassigned)))
                .andExpect(jsonPath("$.content[*].id", not(hasItem(assigned))));
        mvc.perform(get("/api/v1/crisis-requests").param("scope", "MINE").with(psychologistToken(psychologist)))
                .andExpect(jsonPath("$.content[*].id", hasItem(assigned)));
    }

    @Test
    void queueIsOldestFirstWithWaitingTimes() throws Exception {
        Person second = people.user();
        String older = idOf(askForHelp(user, null));
        String newer = idOf(askForHelp(second, null));
        // MariaDB keeps whole seconds only: make the older request clearly older than the newer one.
        Timestamp openedAt =
                jdbc.queryForObject("select opened_at from crisis_request where id = ?", Timestamp.class, older);
        jdbc.update(
                "update crisis_request set opened_at = ? where id = ?",
                Timestamp.from(openedAt.toInstant().minus(10, ChronoUnit.MINUTES)),
                older);

        String queue = mvc.perform(
                        get("/api/v1/crisis-requests").param("size", "100").with(psychologistToken(psychologist)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        List<String> ids = JsonPath.read(queue, "$.content[*].id");
        assertThat(ids).contains(older, newer);
        assertThat(ids.indexOf(older)).isLessThan(ids.indexOf(newer));
        List<Integer> waiting = JsonPath.read(queue, "$.content[*].waitingSeconds");
        assertThat(waiting).allMatch(seconds -> seconds >= 0);
        assertThat(waiting.get(ids.indexOf(older))).isGreaterThanOrEqualTo(600);
    }

    @Test
    void requestMovesOpenAcknowledgedResolvedAndNeverBack() throws Exception {
        String id = idOf(askForHelp(user, null));

        resolve(psychologist, id, "SUPPORTED")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:emocare:problem:illegal-transition"));
        acknowledge(psychologist, id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ACKNOWLEDGED"))
                .andExpect(jsonPath("$.assignedPsychologistId")
                        .value(psychologist.id().toString()))
                .andExpect(jsonPath("$.acknowledgedAt", notNullValue()))
                .andExpect(jsonPath("$.secondsToAcknowledge", greaterThanOrEqualTo(0)));
        acknowledge(otherPsychologist, id).andExpect(status().isConflict());
        resolve(otherPsychologist, id, "SUPPORTED").andExpect(status().isForbidden());
        resolve(psychologist, id, "ACCOUNT_ERASED").andExpect(status().isUnprocessableContent());
        resolve(psychologist, id, "REFERRED_TO_SPECIALIST")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RESOLVED"))
                .andExpect(jsonPath("$.outcome").value("REFERRED_TO_SPECIALIST"))
                .andExpect(jsonPath("$.outcomeNote").value("Сөйлестік. Ертең қайта хабарласамын 🙂"));
        resolve(psychologist, id, "SUPPORTED").andExpect(status().isConflict());
        acknowledge(psychologist, id).andExpect(status().isConflict());

        assertThat(events.stream(CrisisRequestAcknowledged.class))
                .anyMatch(event -> event.requestId().toString().equals(id));
        assertThat(events.stream(CrisisRequestResolved.class))
                .anyMatch(event -> event.requestId().toString().equals(id)
                        && event.outcome() == CrisisOutcome.REFERRED_TO_SPECIALIST);
        askForHelp(user, null).andExpect(status().isCreated()).andExpect(jsonPath("$.request.id", not(id)));
    }

    @Test
    void resolutionNeedsAKnownOutcomeAndANote() throws Exception {
        String id = idOf(askForHelp(user, null));
        acknowledge(psychologist, id).andExpect(status().isOk());

        mvc.perform(post("/api/v1/crisis-requests/{id}/resolution", id)
                        .with(psychologistToken(psychologist))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"SUPPORTED\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/crisis-requests/{id}/resolution", id)
                        .with(psychologistToken(psychologist))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"FIXED\",\"note\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("SUPPORTED")));
        staffGet(psychologist, id).andExpect(jsonPath("$.state").value("ACKNOWLEDGED"));
    }

    @Test
    void volunteersSeeOnlyTheirUsersRequestsAndCannotActOnThem() throws Exception {
        Person volunteer = people.withRole(Role.VOLUNTEER);
        people.assign(user, volunteer);
        Person stranger = people.user();
        String mine = idOf(askForHelp(user, null));
        String notMine = idOf(askForHelp(stranger, null));

        mvc.perform(get("/api/v1/crisis-requests").with(person(volunteer.id(), Role.VOLUNTEER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(mine))
                .andExpect(jsonPath("$.content[0].outcomeNote").doesNotExist());
        mvc.perform(get("/api/v1/crisis-requests/{id}", notMine).with(person(volunteer.id(), Role.VOLUNTEER)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/crisis-requests/{id}/acknowledgement", mine)
                        .with(person(volunteer.id(), Role.VOLUNTEER)))
                .andExpect(status().isForbidden());
    }

    @Test
    void usersSeeOnlyTheirOwnRequests() throws Exception {
        Person other = people.user();
        String id = idOf(askForHelp(user, null));

        mvc.perform(get("/api/v1/me/crisis-requests").with(userToken(user)))
                .andExpect(jsonPath("$.page.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(id));
        mvc.perform(get("/api/v1/me/crisis-requests/{id}", id).with(userToken(other)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/me/crisis-requests").with(userToken(other)))
                .andExpect(jsonPath("$.page.totalElements").value(0));
    }

    @Test
    void helpRequestWithInvalidDetailsIsRefusedAndOpensNothing() throws Exception {
        askForHelp(user, "{\"message\":\"" + "a".repeat(501) + "\"}").andExpect(status().isBadRequest());
        askForHelp(user, "{\"callBackPhone\":\"call me maybe\"}").andExpect(status().isBadRequest());
        askForHelp(user, "{\"urgent\":true}").andExpect(status().isBadRequest());

        assertThat(jdbc.queryForObject(
                        "select count(*) from crisis_request where person_id = ?",
                        Long.class,
                        user.id().toString()))
                .isZero();
    }

    @Test
    void exportContainsRequestsAndErasureClosesTheActiveOneAndRemovesItsText() throws Exception {
        String id =
                idOf(askForHelp(user, "{\"message\":\"" + KAZAKH_AND_EMOJI + "\",\"callBackPhone\":\"+77011234567\"}"));

        mvc.perform(get("/api/v1/me/export").with(userToken(user)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.crisisRequests[0].id").value(id))
                .andExpect(jsonPath("$.crisisRequests[0].message").value(KAZAKH_AND_EMOJI))
                .andExpect(jsonPath("$.crisisRequests[0].callBackPhone").value("+77011234567"));

        mvc.perform(post("/api/v1/me/erasure")
                        .with(userToken(user))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"confirm\":true}"))
                .andExpect(status().isNoContent());

        Map<String, Object> stored = jdbc.queryForMap(
                "select state, outcome, active_person_id, message_cipher, call_back_phone_cipher, opened_at"
                        + " from crisis_request where id = ?",
                id);
        assertThat(stored.get("state")).isEqualTo("RESOLVED");
        assertThat(stored.get("outcome")).isEqualTo("ACCOUNT_ERASED");
        assertThat(stored.get("active_person_id")).isNull();
        assertThat(stored.get("message_cipher")).isNull();
        assertThat(stored.get("call_back_phone_cipher")).isNull();
        assertThat(stored.get("opened_at")).isNotNull();
    }

    private ResultActions askForHelp(Person who, String body) throws Exception {
        var request = post("/api/v1/me/crisis-requests").with(userToken(who));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    private ResultActions acknowledge(Person psychologist, String id) throws Exception {
        return mvc.perform(
                post("/api/v1/crisis-requests/{id}/acknowledgement", id).with(psychologistToken(psychologist)));
    }

    private ResultActions resolve(Person psychologist, String id, String outcome) throws Exception {
        return mvc.perform(post("/api/v1/crisis-requests/{id}/resolution", id)
                .with(psychologistToken(psychologist))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcome\":\"" + outcome + "\",\"note\":\"Сөйлестік. Ертең қайта хабарласамын 🙂\"}"));
    }

    private ResultActions staffGet(Person psychologist, String id) throws Exception {
        return mvc.perform(get("/api/v1/crisis-requests/{id}", id).with(psychologistToken(psychologist)))
                .andExpect(status().isOk());
    }

    private long activeRequestsOf(Person who) {
        return jdbc.queryForObject(
                "select count(*) from crisis_request where active_person_id = ?",
                Long.class,
                who.id().toString());
    }

    private static String idOf(ResultActions answer) throws Exception {
        return JsonPath.read(answer.andReturn().getResponse().getContentAsString(), "$.request.id");
    }

    private static RequestPostProcessor userToken(Person who) {
        return person(who.id(), Role.USER);
    }

    private static RequestPostProcessor psychologistToken(Person who) {
        return person(who.id(), Role.PSYCHOLOGIST);
    }
}
