package kz.emocare.hub.mood;

import static kz.emocare.hub.support.Tokens.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import kz.emocare.contracts.identity.Role;
import kz.emocare.hub.person.Person;
import kz.emocare.hub.support.HubTest;
import kz.emocare.hub.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A rough, in-process figure for the mood tracker (not a test; surefire runs it only when named): records entries
 * through the REST API (MockMvc: the full filter chain, controllers and database, without HTTP sockets) for a few
 * users over the past year, then reads one user's 90-day history, first page of 100, and the 90-day trend.
 *
 * <pre>
 * ./mvnw -q -pl hub -am verify -Dtest=MoodBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Democare.benchmark.entries=100000] [-Pmysql -Democare.test.mysql.database=...]
 * </pre>
 */
@HubTest
class MoodBenchmark {

    static final int ENTRIES = Integer.getInteger("emocare.benchmark.entries", 100_000);
    static final int USERS = 10;
    static final int THREADS = 4;
    static final int READS = 500;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople people;

    @Autowired
    Clock clock;

    @Test
    void recordThenReadNinetyDays() throws Exception {
        List<Person> users = new ArrayList<>();
        for (int user = 0; user < USERS; user++) {
            users.add(people.user());
        }
        Instant now = clock.instant();
        long spacingMillis = Duration.ofDays(365).toMillis() * USERS / ENTRIES;

        AtomicInteger next = new AtomicInteger();
        long recordStart = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
            workers.add(pool.submit(() -> {
                for (int entry = next.getAndIncrement(); entry < ENTRIES; entry = next.getAndIncrement()) {
                    Person user = users.get(entry % USERS);
                    Instant at = now.minusMillis((long) (entry / USERS) * spacingMillis + 60_000);
                    record(user, entry % 11, at);
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        double recordSeconds = (System.nanoTime() - recordStart) / 1e9;

        Person reader = users.get(0);
        String from = now.minus(Duration.ofDays(90)).toString();
        long[] history = time(() -> mvc.perform(get("/api/v1/me/mood-entries")
                        .param("from", from)
                        .param("size", "100")
                        .with(tokenOf(reader)))
                .andReturn());
        long[] trend = time(() -> mvc.perform(
                        get("/api/v1/me/mood-trends").param("days", "90").with(tokenOf(reader)))
                .andReturn());

        System.out.printf(
                "%nMOOD BENCHMARK (%s): recorded %d entries for %d users with %d threads in %.1f s = %.0f entries/s%n"
                        + "  90-day history, page of 100 (~%d entries in range): p50 %.1f ms, p99 %.1f ms over %d reads%n"
                        + "  90-day trend: p50 %.1f ms, p99 %.1f ms over %d reads%n%n",
                System.getProperty("emocare.test.db.profile", "h2"),
                ENTRIES,
                USERS,
                THREADS,
                recordSeconds,
                ENTRIES / recordSeconds,
                ENTRIES / USERS * 90 / 365,
                percentile(history, 50),
                percentile(history, 99),
                READS,
                percentile(trend, 50),
                percentile(trend, 99),
                READS);
        assertThat(recordSeconds).isPositive();
    }

    private void record(Person user, int level, Instant at) throws Exception {
        int status = mvc.perform(post("/api/v1/me/mood-entries")
                        .with(tokenOf(user))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"level\":" + level + ",\"tags\":[\"SLEEP\"],\"recordedAt\":\"" + at
                                + "\",\"timeZone\":\"Asia/Almaty\"}"))
                .andReturn()
                .getResponse()
                .getStatus();
        if (status != 201) {
            throw new IllegalStateException("recording answered " + status);
        }
    }

    private static long[] time(Call call) throws Exception {
        for (int warmUp = 0; warmUp < 50; warmUp++) {
            call.run();
        }
        long[] nanos = new long[READS];
        for (int read = 0; read < READS; read++) {
            long start = System.nanoTime();
            call.run();
            nanos[read] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static double percentile(long[] sortedNanos, int percent) {
        int index = Math.min(sortedNanos.length - 1, (int) Math.ceil(percent / 100.0 * sortedNanos.length) - 1);
        return sortedNanos[index] / 1e6;
    }

    private static RequestPostProcessor tokenOf(Person user) {
        return person(user.id(), Role.USER);
    }

    @FunctionalInterface
    interface Call {
        Object run() throws Exception;
    }
}
