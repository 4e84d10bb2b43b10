package kz.emocare.contracts.simulator.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import kz.emocare.contracts.content.ContentPlatformApi;
import kz.emocare.contracts.content.Lesson;
import kz.emocare.contracts.content.LessonChange;
import kz.emocare.contracts.content.LessonChangePage;
import kz.emocare.contracts.content.LessonCompletion;
import kz.emocare.contracts.content.LessonCompletionReceipt;
import kz.emocare.contracts.simulator.HttpTestClient;
import kz.emocare.contracts.simulator.SimulatorOptions;
import kz.emocare.contracts.simulator.SimulatorOptions.SystemPort;
import kz.emocare.contracts.simulator.Simulators;
import kz.emocare.contracts.simulator.TestClock;
import kz.emocare.contracts.simulator.http.Json;
import kz.emocare.contracts.simulator.population.PopulationSettings;
import kz.emocare.contracts.testing.ContractGuard;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The content platform simulator against its OpenAPI contract: change feed with deletions, idempotent completions. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentPlatformContractTest {

    private static final String KEY = ContentPlatformApi.API_KEY_HEADER;

    private final TestClock clock = new TestClock(Instant.parse("2026-02-01T09:00:00Z"));
    private final ContractGuard guard = new ContractGuard(false);
    private final HttpTestClient http = new HttpTestClient();
    private Simulators simulators;
    private String base;

    @BeforeAll
    void startSimulators() {
        SimulatorOptions options = SimulatorOptions.defaults()
                .withFreePorts()
                .withPopulation(PopulationSettings.DEMO.withPupils(100))
                .withMedical(
                        new SimulatorOptions.MedicalOptions(false, "http://localhost/launch", "http://localhost/fhir"));
        simulators = Simulators.start(options, clock, guard.extensions());
        base = simulators.baseUrl(SystemPort.CONTENT);
    }

    @AfterAll
    void stop() {
        simulators.close();
        assertThat(guard.checkedExchanges()).isPositive();
        guard.assertNoViolations();
    }

    @Test
    void changeFeedPagesToTheEndAndThenCarriesUpdatesDeletionsAndAdditions() throws IOException {
        Map<String, Lesson> copy = new HashMap<>();
        String cursor = follow(null, copy);
        assertThat(copy).hasSize(ContentSimulator.INITIAL_LESSONS);
        assertThat(copy.values()).allSatisfy(lesson -> {
            assertThat(ContentPlatformApi.LANGUAGES).contains(lesson.language());
            assertThat(ContentPlatformApi.TOPICS).containsAll(lesson.topics());
            assertThat(lesson.title().kk()).isNotBlank();
        });
        assertThat(copy.values()).extracting(Lesson::language).contains("kk", "ru", "en");
        assertThat(copy.values())
                .filteredOn(lesson -> lesson.topics().contains("anxiety"))
                .isNotEmpty();

        clock.advance(java.time.Duration.ofHours(1));
        http.post(base + "/__generation", "application/json", "{\"updates\":4,\"deletions\":2,\"additions\":3}");
        Map<String, Lesson> changed = new HashMap<>(copy);
        String next = follow(cursor, changed);

        assertThat(next).isNotEqualTo(cursor);
        assertThat(changed).hasSize(ContentSimulator.INITIAL_LESSONS + 3 - 2);
        assertThat(changed.values())
                .filteredOn(lesson -> lesson.revision() == 1)
                .hasSize(4);
        LessonChangePage empty = page(http.get(base + ContentPlatformApi.CHANGES_PATH + "?cursor=" + next, KEY, key()));
        assertThat(empty.changes()).isEmpty();
        assertThat(empty.hasMore()).isFalse();
        assertThat(empty.nextCursor()).isEqualTo(next);
    }

    @Test
    void sinceReturnsOnlyLaterChanges() throws IOException {
        LessonChangePage page = page(
                http.get(base + ContentPlatformApi.CHANGES_PATH + "?since=2025-08-15T06:03:00Z&limit=5", KEY, key()));
        assertThat(page.changes()).hasSize(5);
        assertThat(page.changes())
                .allSatisfy(change -> assertThat(change.changedAt()).isAfter(Instant.parse("2025-08-15T06:03:00Z")));
    }

    @Test
    void completionIsIdempotentOnItsIdAndRefusesAReusedId() throws IOException {
        LessonCompletion completion = new LessonCompletion(
                UUID.randomUUID(), "bl-00001", "learner-7f3a9c", clock.instant().minusSeconds(60), 100);
        HttpResponse<String> first = postCompletion(completion);
        HttpResponse<String> again = postCompletion(completion);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(Json.mapper().readValue(again.body(), LessonCompletionReceipt.class))
                .isEqualTo(Json.mapper().readValue(first.body(), LessonCompletionReceipt.class));

        LessonCompletion different = new LessonCompletion(
                completion.completionId(), "bl-00002", "learner-7f3a9c", completion.completedAt(), 50);
        assertThat(postCompletion(different).statusCode()).isEqualTo(409);
        assertThat(http.get(base + "/api/v1/completions/" + completion.completionId(), KEY, key())
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void invalidInputIsRefusedWithProblemDetails() {
        assertThat(http.get(base + ContentPlatformApi.CHANGES_PATH).statusCode())
                .isEqualTo(401);
        guard.expectRequestViolations(() -> {
            HttpResponse<String> badRef =
                    postCompletion(new LessonCompletion(UUID.randomUUID(), "bl-00001", "Аружан", clock.instant(), 100));
            assertThat(badRef.statusCode()).isEqualTo(400);
            assertThat(badRef.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
        });
        assertThat(http.get(base + ContentPlatformApi.CHANGES_PATH + "?cursor=bm9wZQ", KEY, key())
                        .statusCode())
                .isEqualTo(400);
        assertThat(http.get(base + "/api/v1/lessons/bl-99999", KEY, key()).statusCode())
                .isEqualTo(404);
    }

    private String follow(String start, Map<String, Lesson> copy) throws IOException {
        String cursor = start;
        while (true) {
            String url =
                    base + ContentPlatformApi.CHANGES_PATH + "?limit=50" + (cursor == null ? "" : "&cursor=" + cursor);
            LessonChangePage page = page(http.get(url, KEY, key()));
            for (LessonChange change : page.changes()) {
                if (LessonChange.DELETE.equals(change.type())) {
                    copy.remove(change.lessonId());
                } else {
                    copy.put(change.lessonId(), change.lesson());
                }
            }
            cursor = page.nextCursor();
            if (!page.hasMore()) {
                return cursor;
            }
        }
    }

    private HttpResponse<String> postCompletion(LessonCompletion completion) {
        return http.post(
                base + ContentPlatformApi.COMPLETIONS_PATH,
                "application/json",
                new String(Json.write(completion), java.nio.charset.StandardCharsets.UTF_8),
                KEY,
                key());
    }

    private static LessonChangePage page(HttpResponse<String> answer) throws IOException {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Json.mapper().readValue(answer.body(), LessonChangePage.class);
    }

    private static String key() {
        return ContentPlatformApi.DEMO_API_KEY;
    }
}
