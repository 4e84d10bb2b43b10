package kz.emocare.contracts.simulator.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.Properties;
import kz.emocare.contracts.content.ContentPlatformApi;
import kz.emocare.contracts.simulator.HttpTestClient;
import kz.emocare.contracts.simulator.SimulatorOptions;
import kz.emocare.contracts.simulator.SimulatorOptions.SystemPort;
import kz.emocare.contracts.simulator.SimulatorServer;
import kz.emocare.contracts.simulator.Simulators;
import kz.emocare.contracts.simulator.http.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Each fault switch, set at start-up or through {@code /__faults}, as a client on the wire sees it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultSwitchesOverHttpTest {

    private final HttpTestClient http = new HttpTestClient();
    private Simulators simulators;
    private String lessons;
    private String faults;

    @BeforeAll
    void start() {
        SimulatorOptions options = SimulatorOptions.parse(
                        new String[] {"--pupils=50", "--fhir-validation=parser", "--faults-school=error=1.0,seed=3"},
                        new Properties())
                .withFreePorts();
        simulators = Simulators.start(options);
        lessons = simulators.baseUrl(SystemPort.CONTENT) + "/api/v1/lessons/bl-00001";
        faults = simulators.baseUrl(SystemPort.CONTENT) + "/__faults";
    }

    @AfterAll
    void stop() {
        simulators.close();
    }

    @AfterEach
    void switchFaultsOff() {
        http.delete(faults);
    }

    @Test
    void startUpSwitchAnswersEveryCallWithTheSystemsServerError() {
        HttpResponse<String> answer = http.postForm(
                simulators.baseUrl(SystemPort.SCHOOL) + "/oauth2/token",
                java.util.Map.of("grant_type", "client_credentials"));
        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.body()).contains("\"type\":\"apiServerError\"");
        assertThat(http.get(simulators.baseUrl(SystemPort.SCHOOL) + "/__faults").body())
                .contains("\"seed\":3");
    }

    @Test
    void connectionResetIsAnIoErrorAtTheClient() {
        set("{\"connectionResetRate\":1.0}");
        assertThatThrownBy(this::lesson).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void truncatedAndMalformedBodiesCannotBeParsed() {
        String whole = lesson().body();
        set("{\"truncatedRate\":1.0}");
        String truncated = lesson().body();
        assertThat(truncated.length()).isLessThan(whole.length());
        assertThat(whole).startsWith(truncated);
        assertThat(parses(truncated)).isFalse();

        set("{\"truncatedRate\":0,\"malformedRate\":1.0}");
        HttpResponse<String> malformed = lesson();
        assertThat(malformed.statusCode()).isEqualTo(200);
        assertThat(parses(malformed.body())).isFalse();
    }

    @Test
    void rateLimitAnswers429WithRetryAfter() {
        set("{\"rateLimitRate\":1.0,\"retryAfterSeconds\":7}");
        HttpResponse<String> answer = lesson();
        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    void latencyDelaysTheAnswer() {
        set("{\"latencyMillis\":300}");
        long started = System.nanoTime();
        assertThat(lesson().statusCode()).isEqualTo(200);
        assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(300);
    }

    @Test
    void faultedAnswersAreMarkedForContractChecksOnly() {
        set("{\"serverErrorRate\":1.0}");
        assertThat(lesson().headers().firstValue(SimulatorServer.FAULT_HEADER)).hasValue("SERVER_ERROR");
    }

    @Test
    void invalidSettingsAreRefusedAndChangeNothing() {
        HttpResponse<String> refused = http.post(faults, "application/json", "{\"serverErrorRate\":2}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(lesson().statusCode()).isEqualTo(200);
    }

    private void set(String json) {
        assertThat(http.post(faults, "application/json", json).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> lesson() {
        return http.get(lessons, ContentPlatformApi.API_KEY_HEADER, ContentPlatformApi.DEMO_API_KEY);
    }

    private static boolean parses(String body) {
        try {
            Json.mapper().readTree(body);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
