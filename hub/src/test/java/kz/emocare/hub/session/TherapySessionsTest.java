package kz.emocare.hub.session;

import static kz.emocare.hub.support.JsonBodies.read;
import static kz.emocare.hub.support.JsonBodies.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.emocare.contracts.identity.Role;
import kz.emocare.hub.person.Person;
import kz.emocare.hub.platform.ConflictException;
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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@HubTest
@RecordApplicationEvents
class TherapySessionsTest {

    static final Instant NOW = LocalDate.now(ZoneOffset.UTC).atTime(6, 0).toInstant(ZoneOffset.UTC);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople people;

    @Autowired
    TestClock clock;

    @Autowired
    TherapySessions sessions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    Person user;
    Person psychologist;

    @BeforeEach
    void assignPsychologist() {
        clock.pin(NOW);
        user = people.user();
        psychologist = people.withRole(Role.PSYCHOLOGIST);
        people.assign(user, psychologist);
    }

    @AfterEach
    void releaseClock() {
        clock.release();
    }

    @Test
    void psychologistPublishesSlotsInTheFutureThatNeverOverlap() throws Exception {
        publish(hoursAhead(48), null)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.durationMinutes").value(50))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.endsAt").exists());

        publish(hoursAhead(48).plus(Duration.ofMinutes(30)), null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:emocare:problem:slot-overlaps"));
        publish(hoursAhead(48).plus(Duration.ofMinutes(50)), 90).andExpect(status().isCreated());
        publish(hoursAhead(-1), null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:emocare:problem:slot-in-past"));
        publish(hoursAhead(60).plusSeconds(30), null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:emocare:problem:slot-not-whole-minute"));
        publish(hoursAhead(70), 10).andExpect(status().isBadRequest());
        mvc.perform(json(post("/api/v1/session-slots"), psychologist, Map.of("startsAt", "tomorrow")))
                .andExpect(status().isBadRequest());
        mvc.perform(json(
                        post("/api/v1/session-slots"),
                        user,
                        Map.of("startsAt", hoursAhead(80).toString())))
                .andExpect(status().isForbidden());

        mvc.perform(get("/api/v1/session-slots/mine").with(token(psychologist)))
                .andExpect(jsonPath("$.page.totalElements").value(2))
                .andExpect(jsonPath("$.content[1].durationMinutes").value(90));
    }

    @Test
    void userBooksASlotOfTheirPsychologistWithAnUnguessableMeetingLink() throws Exception {
        String first = slot(hoursAhead(48));
        String second = slot(hoursAhead(72));
        mvc.perform(get("/api/v1/session-slots").with(token(user)))
                .andExpect(jsonPath("$.content[0].id").value(first))
                .andExpect(jsonPath("$.content[0].psychologistName").value("Test psychologist"))
                .andExpect(jsonPath("$.page.totalElements").value(2));

        MvcResult booked = book(user, first)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("SCHEDULED"))
                .andReturn();
        MvcResult other = book(user, second).andExpect(status().isCreated()).andReturn();

        String link = read(booked, "$.meetingUrl");
        assertThat(link).startsWith("https://meet.emocare.example.kz/room/");
        assertThat(link.substring(link.lastIndexOf('/') + 1)).hasSizeGreaterThanOrEqualTo(32);
        assertThat((String) read(other, "$.meetingUrl")).isNotEqualTo(link);
        mvc.perform(get("/api/v1/session-slots").with(token(user)))
                .andExpect(jsonPath("$.page.totalElements").value(0));
        mvc.perform(get("/api/v1/sessions").with(token(psychologist)))
                .andExpect(jsonPath("$.content[0].clientId").value(user.id().toString()))
                .andExpect(jsonPath("$.page.totalElements").value(2));
        mvc.perform(get("/api/v1/sessions?when=PAST").with(token(user)))
                .andExpect(jsonPath("$.page.totalElements").value(0));
        assertThat(events.stream(SessionBooked.class))
                .contains(new SessionBooked(UUID.fromString(read(booked, "$.id")), user.id(), psychologist.id()));
    }

    @Test
    void userCannotBookTheSlotsOfAPsychologistNotAssignedToThem() throws Exception {
        String slot = slot(hoursAhead(48));
        Person stranger = people.user();

        book(stranger, slot)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:emocare:problem:not-your-psychologist"));
        mvc.perform(get("/api/v1/session-slots?psychologistId=" + psychologist.id())
                        .with(token(stranger)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/session-slots").with(token(stranger)))
                .andExpect(jsonPath("$.page.totalElements").value(0));
    }

    @Test
    void aSlotThatHasStartedCannotBeBooked() throws Exception {
        String slot = slot(hoursAhead(1));
        clock.advance(Duration.ofHours(2));

        book(user, slot)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:emocare:problem:slot-started"));
    }

    @Test
    void twoUsersRacingForOneSlotGetExactlyOneSession() throws Exception {
        Person rival = people.user();
        people.assign(rival, psychologist);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                UUID slot = sessions.publish(psychologist.id(), hoursAhead(24 + round), null)
                        .id();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<TherapySession>> attempts = new ArrayList<>();
                for (Person contender : List.of(user, rival)) {
                    Callable<TherapySession> attempt = () -> {
                        start.await();
                        return sessions.book(contender.id(), slot);
                    };
                    attempts.add(pool.submit(attempt));
                }
                start.countDown();

                int booked = 0;
                for (Future<TherapySession> attempt : attempts) {
                    try {
                        attempt.get(60, TimeUnit.SECONDS);
                        booked++;
                    } catch (ExecutionException refused) {
                        assertThat(refused.getCause()).isInstanceOf(ConflictException.class);
                        assertThat(((ConflictException) refused.getCause()).problemType())
                                .isEqualTo("slot-taken");
                    }
                }
                assertThat(booked).as("round %d", round).isEqualTo(1);
                assertThat(jdbc.queryForObject(
                                "select count(*) from therapy_session where slot_id = ?",
                                Integer.class,
                                slot.toString()))
                        .isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void userCancelsOnlyUpTo24HoursBeforeTheStartAndThePsychologistAtAnyTime() throws Exception {
        String soonSlot = slot(hoursAhead(48));
        String laterSlot = slot(hoursAhead(72));
        String soon = read(book(user, soonSlot).andReturn(), "$.id");
        String later = read(book(user, laterSlot).andReturn(), "$.id");
        clock.advance(Duration.ofHours(25)); // soon starts in 23 h, later in 47 h

        cancel(user, soon, null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:emocare:problem:cancellation-notice-too-short"))
                .andExpect(jsonPath("$.detail").value(containsString("24 hours")));
        cancel(user, later, "Exams that day")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.cancelledBy").value("CLIENT"))
                .andExpect(jsonPath("$.meetingUrl").doesNotExist());
        cancel(psychologist, soon, "Мен ауырып қалдым")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cancelledBy").value("PSYCHOLOGIST"))
                .andExpect(jsonPath("$.cancellationReason").value("Мен ауырып қалдым"));

        mvc.perform(get("/api/v1/session-slots").with(token(user)))
                .andExpect(jsonPath("$.page.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(laterSlot));
        assertThat(events.stream(SessionCancelled.class))
                .contains(new SessionCancelled(
                        UUID.fromString(soon), user.id(), psychologist.id(), CancelledBy.PSYCHOLOGIST))
                .contains(
                        new SessionCancelled(UUID.fromString(later), user.id(), psychologist.id(), CancelledBy.CLIENT));
        String stored = jdbc.queryForObject(
                "select cancellation_reason_cipher from therapy_session where id = ?", String.class, soon);
        assertThat(stored).doesNotContain("ауырып");
    }

    @Test
    void psychologistMustGiveAReasonToCancel() throws Exception {
        String session = read(book(user, slot(hoursAhead(48))).andReturn(), "$.id");

        cancel(psychologist, session, " ")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:emocare:problem:cancellation-reason-required"));
        mvc.perform(get("/api/v1/sessions/{id}", session).with(token(user)))
                .andExpect(jsonPath("$.status").value("SCHEDULED"));
    }

    @Test
    void outcomesAreMarkedByThePsychologistAfterTheStartAndOnlyOnce() throws Exception {
        String held = read(book(user, slot(hoursAhead(2))).andReturn(), "$.id");
        String missed = read(book(user, slot(hoursAhead(4))).andReturn(), "$.id");

        mark(psychologist, held, "complete")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:emocare:problem:session-not-started"));
        clock.advance(Duration.ofHours(5));
        mark(psychologist, held, "complete")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"));
        mark(user, missed, "no-show").andExpect(status().isForbidden());
        mark(psychologist, missed, "no-show")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("NO_SHOW"));

        mark(psychologist, held, "complete")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:emocare:problem:illegal-session-transition"));
        mark(psychologist, held, "no-show").andExpect(status().isConflict());
        cancel(psychologist, missed, "Too late").andExpect(status().isConflict());
        mvc.perform(get("/api/v1/sessions?when=PAST").with(token(user)))
                .andExpect(jsonPath("$.page.totalElements").value(2))
                .andExpect(jsonPath("$.content[0].id").value(missed));
        assertThat(events.stream(SessionCompleted.class))
                .contains(new SessionCompleted(UUID.fromString(held), user.id(), psychologist.id()));
        assertThat(events.stream(SessionMarkedNoShow.class))
                .contains(new SessionMarkedNoShow(UUID.fromString(missed), user.id(), psychologist.id()));
    }

    @Test
    void psychologistWithdrawsOnlyOpenSlots() throws Exception {
        String open = slot(hoursAhead(48));
        String booked = slot(hoursAhead(72));
        book(user, booked).andExpect(status().isCreated());

        mvc.perform(delete("/api/v1/session-slots/{id}", open).with(token(psychologist)))
                .andExpect(status().isNoContent());
        mvc.perform(delete("/api/v1/session-slots/{id}", booked).with(token(psychologist)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:emocare:problem:slot-booked"));
        book(user, open).andExpect(status().isConflict());
    }

    @Test
    void unknownTimeFrameIsRefused() throws Exception {
        mvc.perform(get("/api/v1/sessions?when=SOON").with(token(user)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:emocare:problem:validation"));
    }

    @Test
    void exportHoldsTheSessionsAndErasureKeepsOnlyTheirCounts() throws Exception {
        String held = read(book(user, slot(hoursAhead(2))).andReturn(), "$.id");
        String upcoming = read(book(user, slot(hoursAhead(48))).andReturn(), "$.id");
        clock.advance(Duration.ofHours(3));
        mark(psychologist, held, "complete").andExpect(status().isOk());

        MvcResult export = mvc.perform(get("/api/v1/me/export").with(token(user)))
                .andExpect(status().isOk())
                .andReturn();
        assertThat((List<String>) read(export, "$.therapySessions.sessions[*].id"))
                .containsExactlyInAnyOrder(held, upcoming);
        assertThat((List<String>) read(export, "$.therapySessions.sessions[*].role"))
                .containsOnly("client");

        mvc.perform(json(post("/api/v1/me/erasure"), user, Map.of("confirm", true)))
                .andExpect(status().isNoContent());

        List<Map<String, Object>> rows = jdbc.queryForList(
                "select id, status, cancelled_by, meeting_url, cancellation_reason_cipher from therapy_session"
                        + " where client_id = ? order by starts_at",
                user.id().toString());
        assertThat(rows).extracting(row -> row.get("status")).containsExactly("COMPLETED", "CANCELLED");
        assertThat(rows.get(1).get("cancelled_by")).isEqualTo("SYSTEM");
        assertThat(rows).extracting(row -> row.get("meeting_url")).containsOnlyNulls();
        mvc.perform(get("/api/v1/sessions?when=PAST").with(token(psychologist)))
                .andExpect(jsonPath("$.content[0].clientName").value("Erased person"));
    }

    @Test
    void aSessionIsHiddenFromEverybodyButItsParticipants() throws Exception {
        String session = read(book(user, slot(hoursAhead(48))).andReturn(), "$.id");
        Person otherPsychologist = people.withRole(Role.PSYCHOLOGIST);

        mvc.perform(get("/api/v1/sessions/{id}", session).with(token(otherPsychologist)))
                .andExpect(status().isNotFound());
        assertThatThrownBy(() -> sessions.complete(otherPsychologist.id(), UUID.fromString(session)))
                .hasMessage("No such session.");
    }

    private Instant hoursAhead(int hours) {
        return NOW.plus(Duration.ofHours(hours));
    }

    private ResultActions publish(Instant startsAt, Integer minutes) throws Exception {
        Map<String, Object> body = minutes == null
                ? Map.of("startsAt", startsAt.toString())
                : Map.of("startsAt", startsAt.toString(), "durationMinutes", minutes);
        return mvc.perform(json(post("/api/v1/session-slots"), psychologist, body));
    }

    private String slot(Instant startsAt) throws Exception {
        return read(publish(startsAt, null).andExpect(status().isCreated()).andReturn(), "$.id");
    }

    private ResultActions book(Person client, String slot) throws Exception {
        return mvc.perform(json(post("/api/v1/sessions"), client, Map.of("slotId", slot)));
    }

    private ResultActions cancel(Person by, String session, String reason) throws Exception {
        Map<String, Object> body = reason == null ? Map.of() : Map.of("reason", reason);
        return mvc.perform(json(post("/api/v1/sessions/{id}/cancel", session), by, body));
    }

    private ResultActions mark(Person by, String session, String outcome) throws Exception {
        return mvc.perform(post("/api/v1/sessions/{id}/" + outcome, session).with(token(by)));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Person as, Object body) {
        return request.with(token(as)).contentType(MediaType.APPLICATION_JSON).content(write(body));
    }

    private static RequestPostProcessor token(Person person) {
        return Tokens.person(person.id(), person.roles().toArray(Role[]::new));
    }
}
