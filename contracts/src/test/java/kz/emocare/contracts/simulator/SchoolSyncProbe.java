package kz.emocare.contracts.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import kz.emocare.contracts.school.SchoolSystemApi;
import kz.emocare.contracts.simulator.http.Json;

/**
 * Benchmark (not a test): pages through a running school-system simulator the way the identity-sync route will
 * (schools, then classes, then pupils, with client credentials), honouring 429 Retry-After, and prints pupils per
 * second. Run against the simulators jar started with {@code --pupils=100000}:
 *
 * <pre>
 * java -cp "contracts/target/test-classes:contracts/target/emocare-simulators.jar" \
 *     kz.emocare.contracts.simulator.SchoolSyncProbe http://localhost:8091 4
 * </pre>
 */
public final class SchoolSyncProbe {

    private final HttpTestClient http = new HttpTestClient();
    private final String base;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong rateLimited = new AtomicLong();
    private String token;

    private SchoolSyncProbe(String base) {
        this.base = base;
    }

    public static void main(String[] arguments) throws Exception {
        String base = arguments.length > 0 ? arguments[0] : "http://localhost:8091";
        int threads = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 4;
        SchoolSyncProbe probe = new SchoolSyncProbe(base);
        for (int run = 1; run <= 2; run++) {
            long started = System.nanoTime();
            long pupils = probe.sync(threads);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(
                    "run %d: %d pupils in %.1f s = %.0f pupils/s; %d requests, %d answered 429, %d threads%n",
                    run, pupils, seconds, pupils / seconds, probe.requests.get(), probe.rateLimited.get(), threads);
            probe.requests.set(0);
            probe.rateLimited.set(0);
        }
    }

    private long sync(int threads) throws Exception {
        token = Json.mapper()
                .readTree(http.postForm(
                                base + SchoolSystemApi.TOKEN_PATH,
                                Map.of(
                                        "grant_type", "client_credentials",
                                        "client_id", "emocare-sync",
                                        "client_secret", "emocare-sync-secret"))
                        .body())
                .path("access_token")
                .asText();
        List<Long> groups = new ArrayList<>();
        for (JsonNode school : all("/v2/schools/person-schools")) {
            for (JsonNode group : all("/v2/schools/" + school.path("id").asLong() + "/edu-groups")) {
                groups.add(group.path("id").asLong());
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> counts = new ArrayList<>();
            for (long group : groups) {
                counts.add(pool.submit(
                        () -> all("/v2/edu-groups/" + group + "/persons").size()));
            }
            long pupils = 0;
            for (Future<Integer> count : counts) {
                pupils += count.get();
            }
            return pupils;
        } finally {
            pool.shutdown();
        }
    }

    private List<JsonNode> all(String path) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonNode answer = get(path + "?page=" + page + "&pageSize=100");
            answer.path("items").forEach(items::add);
            if (answer.path("page").asInt() >= answer.path("totalPages").asInt()) {
                return items;
            }
        }
    }

    private JsonNode get(String path) throws Exception {
        while (true) {
            requests.incrementAndGet();
            HttpResponse<String> answer = http.get(base + path, SchoolSystemApi.ACCESS_TOKEN_HEADER, token);
            if (answer.statusCode() == 429) {
                rateLimited.incrementAndGet();
                Thread.sleep(1000L
                        * Integer.parseInt(
                                answer.headers().firstValue("Retry-After").orElse("1")));
                continue;
            }
            return Json.mapper().readTree(answer.body());
        }
    }
}
