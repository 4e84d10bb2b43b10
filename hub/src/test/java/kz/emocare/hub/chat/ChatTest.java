package kz.emocare.hub.chat;

import static kz.emocare.hub.support.JsonBodies.read;
import static kz.emocare.hub.support.JsonBodies.text;
import static kz.emocare.hub.support.JsonBodies.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.emocare.contracts.identity.Role;
import kz.emocare.hub.person.CareTeam;
import kz.emocare.hub.person.Person;
import kz.emocare.hub.platform.Actor;
import kz.emocare.hub.support.HubTest;
import kz.emocare.hub.support.TestClock;
import kz.emocare.hub.support.TestPeople;
import kz.emocare.hub.support.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@HubTest
@RecordApplicationEvents
class ChatTest {

    static final String KAZAKH_AND_EMOJI = "Сәлем! Ә Ғ Қ Ң Ө Ұ Ү Һ І ә ғ қ ң ө ұ ү һ і 😊🌿👍🏽";

    /** 06:00 UTC is 11:00 in Almaty: inside helper hours, so the bot stays quiet unless a test moves the clock. */
    static final Instant DAYTIME = LocalDate.now(ZoneOffset.UTC).atTime(6, 0).toInstant(ZoneOffset.UTC);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople people;

    @Autowired
    TestClock clock;

    @Autowired
    CareTeam careTeam;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    Conversations conversations;

    Person user;
    Person volunteer;

    @BeforeEach
    void assignVolunteer() {
        clock.pin(DAYTIME);
        user = people.user();
        volunteer = people.withRole(Role.VOLUNTEER);
        people.assign(user, volunteer);
    }

    @AfterEach
    void releaseClock() {
        clock.release();
    }

    @Test
    void volunteerCannotChatWithAUserNotAssignedToThem() throws Exception {
        Person stranger = people.user();

        mvc.perform(json(post("/api/v1/conversations"), volunteer, Map.of("counterpartId", stranger.id())))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:emocare:problem:not-assigned"));
        mvc.perform(json(post("/api/v1/conversations"), stranger, Map.of("counterpartId", volunteer.id())))
                .andExpect(status().isForbidden());
    }

    @Test
    void eitherSideOpensTheSameConversationOnce() throws Exception {
        MvcResult first = mvc.perform(
                        json(post("/api/v1/conversations"), user, Map.of("counterpartId", volunteer.id())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mySide").value("CLIENT"))
                .andExpect(jsonPath("$.counterpartRole").value("VOLUNTEER"))
                .andExpect(jsonPath("$.writable").value(true))
                .andReturn();

        mvc.perform(json(post("/api/v1/conversations"), volunteer, Map.of("counterpartId", user.id())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(read(first, "$.id").toString()))
                .andExpect(jsonPath("$.mySide").value("HELPER"));
    }

    @Test
    void administratorCannotReadChats() throws Exception {
        String conversation = open(user, volunteer);
        send(user, conversation, "private", null);
        Person administrator = people.withRole(Role.ADMINISTRATOR);

        mvc.perform(get("/api/v1/conversations/{id}/messages", conversation).with(token(administrator)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/conversations").with(token(administrator))).andExpect(status().isForbidden());
        RequestPostProcessor administratorWhoIsAlsoAUser =
                Tokens.person(administrator.id(), Role.ADMINISTRATOR, Role.USER);
        mvc.perform(get("/api/v1/conversations/{id}", conversation).with(administratorWhoIsAlsoAUser))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyParticipantsSeeAConversation() throws Exception {
        String conversation = open(user, volunteer);
        Person otherUser = people.user();

        mvc.perform(get("/api/v1/conversations/{id}/messages", conversation).with(token(otherUser)))
                .andExpect(status().isNotFound());
        mvc.perform(json(post("/api/v1/conversations/{id}/messages", conversation), otherUser, Map.of("text", "hi")))
                .andExpect(status().isNotFound());
    }

    @Test
    void messagesAreEncryptedAtRest() throws Exception {
        String conversation = open(user, volunteer);
        long id = ((Number) read(send(user, conversation, "I feel anxious tonight", null), "$.id")).longValue();

        String stored = jdbc.queryForObject("select body_cipher from chat_message where id = ?", String.class, id);

        assertThat(stored).isNotBlank().doesNotContain("anxious").isNotEqualTo("I feel anxious tonight");
    }

    @Test
    void kazakhLettersAndEmojiRoundTrip() throws Exception {
        String conversation = open(user, volunteer);
        send(volunteer, conversation, KAZAKH_AND_EMOJI, null);

        MvcResult history = mvc.perform(
                        get("/api/v1/conversations/{id}/messages", conversation).with(token(user)))
                .andExpect(status().isOk())
                .andReturn();

        assertThat((String) read(history, "$.content[0].text")).isEqualTo(KAZAKH_AND_EMOJI);
    }

    @Test
    void repeatedSendWithTheSameIdempotencyKeyAddsOneMessage() throws Exception {
        String conversation = open(user, volunteer);

        MvcResult first = send(user, conversation, "Are you there?", "key-1");
        MvcResult retry = mvc.perform(json(
                                post("/api/v1/conversations/{id}/messages", conversation),
                                user,
                                Map.of("text", "Are you there?"))
                        .header("Idempotency-Key", "key-1"))
                .andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn();
        MvcResult bodyKey = mvc.perform(json(
                        post("/api/v1/conversations/{id}/messages", conversation),
                        user,
                        Map.of("text", "Are you there?", "clientMessageId", "key-1")))
                .andExpect(status().isOk())
                .andReturn();

        assertThat((Object) read(retry, "$.id")).isEqualTo(read(first, "$.id"));
        assertThat((Object) read(bodyKey, "$.id")).isEqualTo(read(first, "$.id"));
        assertThat(messageCount(conversation)).isEqualTo(1);
        mvc.perform(json(post("/api/v1/conversations/{id}/messages", conversation), user, Map.of("text", "Other text"))
                        .header("Idempotency-Key", "key-1"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:emocare:problem:idempotency-key-reused"));
        assertThat(messageCount(conversation)).isEqualTo(1);
    }

    @Test
    void concurrentRetriesWithTheSameKeyStoreOneMessage() throws Exception {
        UUID conversation = UUID.fromString(open(user, volunteer));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String key = "retry-" + round;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Long>> attempts = new ArrayList<>();
                for (int attempt = 0; attempt < 2; attempt++) {
                    Callable<Long> send = () -> {
                        start.await();
                        return conversations
                                .send(user.id(), conversation, "Hello?", key)
                                .message()
                                .id();
                    };
                    attempts.add(pool.submit(send));
                }
                start.countDown();

                assertThat(attempts.get(0).get(60, TimeUnit.SECONDS))
                        .isEqualTo(attempts.get(1).get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(messageCount(conversation.toString())).isEqualTo(5);
    }

    @Test
    void helperHoursMayRunOverMidnight() {
        ChatProperties.HelperHours nights =
                new ChatProperties.HelperHours(LocalTime.of(20, 0), LocalTime.of(8, 0), ZoneId.of("Asia/Almaty"));

        assertThat(nights.covers(LocalTime.of(23, 30))).isTrue();
        assertThat(nights.covers(LocalTime.of(7, 59))).isTrue();
        assertThat(nights.covers(LocalTime.of(8, 0))).isFalse();
        assertThat(nights.covers(LocalTime.of(12, 0))).isFalse();
    }

    @Test
    void unreadCountsAndReadReceiptsFollowTheReadPointers() throws Exception {
        String conversation = open(user, volunteer);
        send(volunteer, conversation, "Hello", null);
        long last = ((Number) read(send(volunteer, conversation, "How are you?", null), "$.id")).longValue();

        mvc.perform(get("/api/v1/conversations").with(token(user)))
                .andExpect(jsonPath("$.content[0].id").value(conversation))
                .andExpect(jsonPath("$.content[0].unreadCount").value(2));
        mvc.perform(get("/api/v1/conversations/unread-count").with(token(user)))
                .andExpect(jsonPath("$.unread").value(2));

        mvc.perform(json(post("/api/v1/conversations/{id}/read", conversation), user, Map.of("messageId", last)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unreadCount").value(0))
                .andExpect(jsonPath("$.myLastReadId").value(last));
        mvc.perform(get("/api/v1/conversations/{id}/messages", conversation).with(token(volunteer)))
                .andExpect(jsonPath("$.content[0].mine").value(true))
                .andExpect(jsonPath("$.content[0].readByCounterpart").value(true));
        mvc.perform(get("/api/v1/conversations/unread-count").with(token(volunteer)))
                .andExpect(jsonPath("$.unread").value(0));
        send(user, conversation, "Fine, thanks", null);
        mvc.perform(get("/api/v1/conversations/unread-count").with(token(volunteer)))
                .andExpect(jsonPath("$.unread").value(1));
    }

    @Test
    void historyPagesBackByMessageIdNewestFirst() throws Exception {
        String conversation = open(user, volunteer);
        long[] ids = new long[5];
        for (int index = 0; index < ids.length; index++) {
            ids[index] = ((Number) read(send(user, conversation, "message " + index, null), "$.id")).longValue();
        }

        MvcResult newest = page(conversation, "size=2");
        assertThat(idsOf(newest)).containsExactly(ids[4], ids[3]);
        assertThat(((Number) read(newest, "$.nextBefore")).longValue()).isEqualTo(ids[3]);
        assertThat(((Number) read(newest, "$.nextAfter")).longValue()).isEqualTo(ids[4]);
        MvcResult older = page(conversation, "size=2&before=" + ids[3]);
        assertThat(idsOf(older)).containsExactly(ids[2], ids[1]);
        MvcResult oldest = page(conversation, "size=2&before=" + ids[1]);
        assertThat(idsOf(oldest)).containsExactly(ids[0]);
        assertThat(text(oldest)).doesNotContain("nextBefore");
        MvcResult catchingUp = page(conversation, "after=" + ids[1]);
        assertThat(idsOf(catchingUp)).containsExactly(ids[2], ids[3], ids[4]);
    }

    @Test
    void endingTheAssignmentMakesTheConversationReadOnly() throws Exception {
        String conversation = open(user, volunteer);
        send(user, conversation, "Before", null);
        UUID assignment = careTeam.helpersOf(user.id()).get(0).id();
        careTeam.end(assignment, new Actor("admin", UUID.randomUUID(), Set.of(Role.ADMINISTRATOR), null, Set.of()));

        mvc.perform(json(post("/api/v1/conversations/{id}/messages", conversation), user, Map.of("text", "After")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:emocare:problem:conversation-read-only"));
        mvc.perform(get("/api/v1/conversations/{id}", conversation).with(token(volunteer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.writable").value(false));
        assertThat(messageCount(conversation)).isEqualTo(1);
        mvc.perform(json(post("/api/v1/conversations"), volunteer, Map.of("counterpartId", user.id())))
                .andExpect(status().isForbidden());
    }

    @Test
    void botAnswersAUserWritingOutOfHoursOnceWithTheHelpLines() throws Exception {
        String conversation = open(user, volunteer);
        clock.pin(DAYTIME.plus(Duration.ofHours(12))); // 18:00 UTC, 23:00 in Almaty

        send(user, conversation, "I cannot sleep", null);
        send(user, conversation, "Still awake", null);
        send(volunteer, conversation, "I am here", null);

        MvcResult history = page(conversation, "size=10");
        List<Boolean> bots = read(history, "$.content[*].bot");
        assertThat(bots).containsExactly(false, false, true, false);
        String notice = read(history, "$.content[2].text");
        assertThat(notice).contains("09:00").contains("21:00").contains("150 or 112");
        assertThat(text(history)).doesNotContain("\"senderId\":null");
        clock.advance(Duration.ofHours(13)); // 12:00 in Almaty the next day
        send(user, conversation, "Good morning", null);
        assertThat(idsOf(page(conversation, "size=10"))).hasSize(5);
    }

    @Test
    void everySentMessageIsPublishedWithIdsOnly() throws Exception {
        String conversation = open(user, volunteer);
        long id = ((Number) read(send(user, conversation, "Hello", null), "$.id")).longValue();

        assertThat(events.stream(ChatMessageSent.class))
                .contains(new ChatMessageSent(UUID.fromString(conversation), id, user.id()));
    }

    @Test
    void invalidRequestsAreRefusedWithProblemDetails() throws Exception {
        String conversation = open(user, volunteer);

        mvc.perform(json(post("/api/v1/conversations/{id}/messages", conversation), user, Map.of("text", " ")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:emocare:problem:validation"));
        mvc.perform(json(
                        post("/api/v1/conversations/{id}/messages", conversation),
                        user,
                        Map.of("text", "x".repeat(ChatMessage.MAX_LENGTH + 1))))
                .andExpect(status().isBadRequest());
        mvc.perform(json(
                        post("/api/v1/conversations/{id}/messages", conversation),
                        user,
                        Map.of("text", "hi", "colour", "red")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:emocare:problem:unreadable-body"));
        mvc.perform(json(post("/api/v1/conversations/{id}/messages", conversation), user, Map.of("text", "hi"))
                        .header("Idempotency-Key", "has spaces"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/conversations/{id}/messages?size=101", conversation)
                        .with(token(user)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/conversations/{id}/messages?before=5&after=2", conversation)
                        .with(token(user)))
                .andExpect(status().isUnprocessableContent());
        assertThat(messageCount(conversation)).isZero();
    }

    @Test
    void exportHoldsTheConversationsAndErasureLeavesThePartnerPlaceholders() throws Exception {
        String conversation = open(user, volunteer);
        send(user, conversation, "My secret worry", null);
        send(volunteer, conversation, "Thank you for telling me", null);

        MvcResult export = mvc.perform(get("/api/v1/me/export").with(token(user)))
                .andExpect(status().isOk())
                .andReturn();
        assertThat((List<String>) read(export, "$.chat[0].messages[*].text"))
                .containsExactly("My secret worry", "Thank you for telling me");
        assertThat((List<String>) read(export, "$.chat[0].messages[*].from")).containsExactly("me", "counterpart");

        mvc.perform(json(post("/api/v1/me/erasure"), user, Map.of("confirm", true)))
                .andExpect(status().isNoContent());

        MvcResult seenByVolunteer = page(conversation, volunteer, "size=10");
        assertThat((List<Boolean>) read(seenByVolunteer, "$.content[*].removed"))
                .containsExactly(false, true);
        assertThat((List<String>) read(seenByVolunteer, "$.content[*].text"))
                .containsExactly("Thank you for telling me");
        assertThat(jdbc.queryForList(
                        "select body_cipher from chat_message where sender_id = ?",
                        String.class,
                        user.id().toString()))
                .containsOnlyNulls();
    }

    private String open(Person by, Person counterpart) throws Exception {
        MvcResult result = mvc.perform(
                        json(post("/api/v1/conversations"), by, Map.of("counterpartId", counterpart.id())))
                .andExpect(status().is2xxSuccessful())
                .andReturn();
        return read(result, "$.id");
    }

    private MvcResult send(Person sender, String conversation, String text, String key) throws Exception {
        MockHttpServletRequestBuilder request =
                json(post("/api/v1/conversations/{id}/messages", conversation), sender, Map.of("text", text));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request).andExpect(status().isCreated()).andReturn();
    }

    private MvcResult page(String conversation, String query) throws Exception {
        return page(conversation, user, query);
    }

    private MvcResult page(String conversation, Person viewer, String query) throws Exception {
        return mvc.perform(get("/api/v1/conversations/" + conversation + "/messages?" + query)
                        .with(token(viewer)))
                .andExpect(status().isOk())
                .andReturn();
    }

    private static List<Long> idsOf(MvcResult page) {
        List<Number> ids = read(page, "$.content[*].id");
        return ids.stream().map(Number::longValue).toList();
    }

    private int messageCount(String conversation) {
        return jdbc.queryForObject(
                "select count(*) from chat_message where conversation_id = ?", Integer.class, conversation);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Person as, Object body) {
        return request.with(token(as)).contentType(MediaType.APPLICATION_JSON).content(write(body));
    }

    private static RequestPostProcessor token(Person person) {
        return Tokens.person(person.id(), person.roles().toArray(Role[]::new));
    }
}
