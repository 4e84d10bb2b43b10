package kz.emocare.auth.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.AuthorizationSuccessResponse;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.ECPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import kz.emocare.auth.account.LocalAccounts;
import kz.emocare.auth.support.Browser;
import kz.emocare.auth.support.DemoKeys;
import kz.emocare.auth.support.HubStub;
import kz.emocare.auth.support.OidcTest;
import kz.emocare.contracts.demo.DemoDirectory;
import kz.emocare.contracts.identity.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * Throughput of Emocare ID on this machine, printed beside Keycloak's published sizing (not a pass/fail test; run
 * with {@code ./mvnw -pl auth-server -am -Pbench verify}). The server runs in this JVM with a 256 MB heap and the
 * production Argon2id parameters; the load comes from the same machine (like the Keycloak figures in REFERENCE.md):
 *
 * <ul>
 *   <li>the bare password hash (Argon2id, two threads = two cores): the floor a sign-in cannot beat;
 *   <li>client_credentials with private_key_jwt (ES384 assertion signed per request by the load threads);
 *   <li>full sign-ins: authorization request, sign-in page, password, second-factor page, TOTP code, authorization
 *       code, token exchange with PKCE, and the identity call to the (stubbed) hub.
 * </ul>
 */
@Tag("bench")
@TestPropertySource(
        properties = {
            "emocare.auth.password.memory-kib=19456",
            "emocare.auth.password.iterations=2",
            "logging.level.root=WARN",
            "logging.level.kz.emocare=WARN"
        })
class AuthServerBenchmark extends OidcTest {

    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmup.seconds", 10));
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.seconds", 20));
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    private static final int BENCH_ACCOUNTS = 3000;
    private static final ECPrivateKey GOVERNMENT_KEY = (ECPrivateKey) DemoKeys.ecPrivateKey();
    private static final int ASSERTIONS = Integer.getInteger("bench.assertions", 40_000);

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Autowired
    private LocalAccounts accounts;

    private final java.util.Queue<String> assertions = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void measure() throws Exception {
        String hash = passwordEncoder.encode(DemoDirectory.DEMO_PASSWORD);
        Result hashes = run(
                "password hash (Argon2id)",
                CORES,
                true,
                () -> passwordEncoder.matches(DemoDirectory.DEMO_PASSWORD, hash));
        prepareAssertions(ASSERTIONS);
        Result tokens = run("client_credentials + private_key_jwt", 16, false, this::machineToken);
        List<String[]> benchAccounts = benchAccounts(hash);
        AtomicInteger next = new AtomicInteger();
        Result signIns = run(
                "password + TOTP sign-in",
                8,
                false,
                () -> signIn(benchAccounts.get(next.getAndIncrement() % benchAccounts.size())));
        report(hashes, tokens, signIns);
    }

    /**
     * Client assertions are signed before each run, as a load tool would send ready requests: the figure is what the
     * server does (verify the assertion, check the jti, sign and store the token), not the load generator's ES384.
     */
    private void prepareAssertions(int count) throws InterruptedException {
        assertions.clear();
        ExecutorService pool = Executors.newFixedThreadPool(CORES);
        for (int i = 0; i < count; i++) {
            pool.submit(() -> assertions.add(assertion()));
        }
        pool.shutdown();
        pool.awaitTermination(5, java.util.concurrent.TimeUnit.MINUTES);
    }

    private String assertion() {
        try {
            Instant now = clock.instant();
            SignedJWT assertion = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.ES384)
                            .keyID("demo-government-es384")
                            .build(),
                    new JWTClaimsSet.Builder()
                            .issuer("demo-government")
                            .subject("demo-government")
                            .audience(TOKEN.toString())
                            .issueTime(Date.from(now))
                            .expirationTime(Date.from(now.plusSeconds(240)))
                            .jwtID(UUID.randomUUID().toString())
                            .build());
            assertion.sign(new ECDSASigner(GOVERNMENT_KEY));
            return assertion.serialize();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean machineToken() throws Exception {
        String assertion = assertions.poll();
        if (assertion == null) {
            assertion = assertion();
        }
        String form = "grant_type=client_credentials&scope=" + URLEncoder.encode("system/*.rs", StandardCharsets.UTF_8)
                + "&client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer"
                + "&client_assertion=" + assertion;
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(TOKEN)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 && response.body().contains("access_token");
    }

    private boolean signIn(String[] account) {
        CodeVerifier verifier = new CodeVerifier();
        Browser browser = browser();
        Browser.Page login = browser.follow(
                browser.get(hubWebRequest(verifier, new Nonce()).build().toURI().toString()));
        if (!login.body().contains("name=\"password\"")) {
            return false;
        }
        Browser.Page secondFactor = browser.follow(
                browser.post("/login", Map.of("username", account[0], "password", DemoDirectory.DEMO_PASSWORD)));
        if (!secondFactor.body().contains("action=\"/login/second-factor\"")) {
            return false;
        }
        Browser.Page done =
                browser.follow(browser.post("/login/second-factor", Map.of("code", totp.currentCode(account[1]))));
        if (!done.isRedirect()) {
            return false;
        }
        AuthorizationResponse response = parseResponse(URI.create(done.location()));
        return response.indicatesSuccess()
                && exchange(((AuthorizationSuccessResponse) response).getAuthorizationCode(), verifier)
                        .indicatesSuccess();
    }

    /** Accounts with their own TOTP secrets, so that no code is ever presented twice within a time step. */
    private List<String[]> benchAccounts(String hash) {
        EXTERNAL.stubFor(post(urlPathEqualTo(HubStub.RESOLVE))
                .withRequestBody(matchingJsonPath("$.provider", equalTo("LOCAL")))
                .withRequestBody(matchingJsonPath("$.subject", matching("bench-.*")))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(HubStub.resolution(
                                "LINKED",
                                DemoDirectory.PSYCHOLOGIST.personId(),
                                "Bench",
                                List.of(Role.PSYCHOLOGIST),
                                null,
                                null))));
        List<String[]> created = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < BENCH_ACCOUNTS; i++) {
            String username = "bench-" + run + "-" + i;
            String secret = totp.newSecret();
            String id = accounts.create(username, null, hash, null);
            accounts.enrolSecondFactor(id, secret, 0);
            created.add(new String[] {username, secret});
        }
        return created;
    }

    /**
     * Runs an operation from {@code threads} load threads: a warm-up, then the measured period. Besides the rate, it
     * measures the CPU time spent doing the work — by the server's request threads, or for in-process work by the
     * load threads themselves — so that "per CPU-second" stays comparable with per-vCPU sizing even when other
     * processes share the machine.
     */
    private Result run(String name, int threads, boolean inProcess, Operation operation) throws InterruptedException {
        load(threads, WARM_UP, operation, new AtomicLong(), new AtomicLong(), new AtomicLong());
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong loadCpu = new AtomicLong();
        long serverCpuBefore = serverCpuNanos();
        long started = System.nanoTime();
        load(threads, MEASURE, operation, done, failed, loadCpu);
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (inProcess ? loadCpu.get() : serverCpuNanos() - serverCpuBefore) / 1e9;
        return new Result(name, threads, done.get(), failed.get(), done.get() / seconds, done.get() / cpuSeconds);
    }

    /** CPU time of the server's request threads (Tomcat's {@code http-nio-…-exec-…}). */
    private static long serverCpuNanos() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long total = 0;
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("http-nio-")) {
                total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return total;
    }

    private static void load(
            int threads, Duration duration, Operation operation, AtomicLong done, AtomicLong failed, AtomicLong cpu)
            throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < threads; i++) {
            pool.submit(() -> {
                long cpuAtStart = mx.getCurrentThreadCpuTime();
                while (running.get()) {
                    try {
                        (operation.perform() ? done : failed).incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
                cpu.addAndGet(mx.getCurrentThreadCpuTime() - cpuAtStart);
            });
        }
        pool.awaitTermination(duration.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        running.set(false);
        pool.shutdown();
        pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
    }

    private static void report(Result hashes, Result tokens, Result signIns) throws IOException {
        Runtime runtime = Runtime.getRuntime();
        StringBuilder text = new StringBuilder();
        text.append(String.format(
                "%nEmocare ID benchmark: %d cores, max heap %d MB, %d s measured after %d s warm-up,"
                        + " load average %.1f%n",
                CORES,
                runtime.maxMemory() / (1024 * 1024),
                MEASURE.toSeconds(),
                WARM_UP.toSeconds(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage()));
        text.append(String.format(
                "%-38s %7s %11s %7s %12s %14s %14s%n",
                "operation", "threads", "per second", "failed", "per core", "per CPU-second", "Keycloak/vCPU"));
        text.append(line(hashes, "-"));
        text.append(line(tokens, "120"));
        text.append(line(signIns, "15"));
        text.append(String.format(
                "Argon2id m=19456 KiB, t=2, p=1: %.1f ms of CPU per hash.%n", 1000.0 / hashes.perCpuSecond()));
        text.append(String.format(
                "A full sign-in costs %.1f ms of server CPU, %.1f%% more than its password hash alone.%n",
                1000.0 / signIns.perCpuSecond(), 100.0 * (hashes.perCpuSecond() / signIns.perCpuSecond() - 1)));
        System.out.print(text);
        Path out = Path.of("target", "bench-results.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text.toString());
    }

    private static String line(Result result, String keycloak) {
        return String.format(
                "%-38s %7d %11.1f %7d %12.1f %14.1f %14s%n",
                result.name(),
                result.threads(),
                result.perSecond(),
                result.failed(),
                result.perSecond() / CORES,
                result.perCpuSecond(),
                keycloak);
    }

    private record Result(String name, int threads, long done, long failed, double perSecond, double perCpuSecond) {}

    @FunctionalInterface
    private interface Operation {
        boolean perform() throws Exception;
    }
}
