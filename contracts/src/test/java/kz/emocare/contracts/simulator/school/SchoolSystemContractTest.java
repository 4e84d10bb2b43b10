package kz.emocare.contracts.simulator.school;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.emocare.contracts.demo.DemoDirectory;
import kz.emocare.contracts.region.Region;
import kz.emocare.contracts.school.EduGroup;
import kz.emocare.contracts.school.OAuthTokenResponse;
import kz.emocare.contracts.school.School;
import kz.emocare.contracts.school.SchoolPage;
import kz.emocare.contracts.school.SchoolPerson;
import kz.emocare.contracts.school.SchoolSystemApi;
import kz.emocare.contracts.school.SchoolUser;
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

/** The school-system simulator against its OpenAPI contract: OAuth2, paging, errors, rate limit, generations. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchoolSystemContractTest {

    private static final String REDIRECT_URI = "http://localhost:9000/login/oauth2/code/school";
    private static final int PUPILS = 600;

    private final TestClock clock = new TestClock(Instant.parse("2026-01-15T08:00:00Z"));
    private final ContractGuard guard = new ContractGuard(false);
    private final HttpTestClient http = new HttpTestClient();
    private Simulators simulators;
    private String base;

    @BeforeAll
    void startSimulators() {
        SimulatorOptions options = SimulatorOptions.defaults()
                .withFreePorts()
                .withPopulation(PopulationSettings.DEMO.withPupils(PUPILS))
                .withSchoolRequestsPerSecond(10_000)
                .withMedical(
                        new SimulatorOptions.MedicalOptions(false, "http://localhost/launch", "http://localhost/fhir"));
        simulators = Simulators.start(options, clock, guard.extensions());
        base = simulators.baseUrl(SystemPort.SCHOOL);
    }

    @AfterAll
    void stopSimulatorsAndCheckContract() {
        simulators.close();
        assertThat(guard.checkedExchanges()).isPositive();
        guard.assertNoViolations();
    }

    @Test
    void signInWithAuthorizationCodeGivesTheDemoStudentAsUsersMe() throws IOException {
        HttpResponse<String> page = http.get(base + "/oauth2?response_type=code&client_id=emocare-id&redirect_uri="
                + REDIRECT_URI + "&scope=CommonInfo&state=s-1");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("value=\"1000000001\" checked").contains("<label for=\"person-0\"");

        String code = approve("1000000001", "s-1");
        OAuthTokenResponse token =
                Json.mapper().readValue(exchangeCode(code, REDIRECT_URI).body(), OAuthTokenResponse.class);
        assertThat(token.tokenType()).isEqualTo("bearer");
        assertThat(token.userStr()).isEqualTo("1000000001");

        SchoolUser me = Json.mapper()
                .readValue(
                        http.get(base + "/v2/users/me", SchoolSystemApi.ACCESS_TOKEN_HEADER, token.accessToken())
                                .body(),
                        SchoolUser.class);
        assertThat(me.idStr()).isEqualTo(DemoDirectory.STUDENT.schoolSystemUserId());
        assertThat(me.firstName() + " " + me.lastName()).isEqualTo(DemoDirectory.STUDENT.displayName());
        assertThat(me.birthday()).hasToString("2010-05-15");

        JsonNode context = Json.mapper()
                .readTree(http.get(
                                base + "/v2/users/me/context", SchoolSystemApi.ACCESS_TOKEN_HEADER, token.accessToken())
                        .body());
        assertThat(context.path("schools").get(0).path("id_str").asText()).isEqualTo("1001");
        assertThat(context.path("eduGroups").get(0).path("parallel").asInt()).isEqualTo(10);
    }

    @Test
    void authorizationCodeIsRefusedWhenUsedTwiceOrWithAnotherRedirectUri() {
        String code = approve("1000000002", "s-2");
        assertThat(exchangeCode(code, "http://localhost:9000/other").statusCode())
                .isEqualTo(400);
        assertThat(exchangeCode(code, REDIRECT_URI).body()).contains("invalid_grant");

        String second = approve("1000000002", "s-3");
        assertThat(exchangeCode(second, REDIRECT_URI).statusCode()).isEqualTo(200);
        assertThat(exchangeCode(second, REDIRECT_URI).body()).contains("invalid_grant");
    }

    @Test
    void authorizationErrorsAreRedirectedOrShownAsThePageRequires() {
        guard.expectRequestViolations(() -> {
            HttpResponse<String> wrongType = http.get(
                    base + "/oauth2?response_type=token&client_id=emocare-id&state=x&redirect_uri=" + REDIRECT_URI);
            assertThat(wrongType.statusCode()).isEqualTo(302);
            assertThat(location(wrongType))
                    .contains("error=unsupported_response_type")
                    .contains("state=x");
        });
        HttpResponse<String> unknownClient =
                http.get(base + "/oauth2?response_type=code&client_id=nobody&redirect_uri=" + REDIRECT_URI);
        assertThat(unknownClient.statusCode()).isEqualTo(400);

        HttpResponse<String> foreignRedirect =
                http.get(base + "/oauth2?response_type=code&client_id=emocare-id&redirect_uri=https://evil.example/cb");
        assertThat(foreignRedirect.statusCode()).isEqualTo(400);

        HttpResponse<String> denied = http.postForm(
                base + "/oauth2",
                Map.of(
                        "response_type",
                        "code",
                        "client_id",
                        "emocare-id",
                        "redirect_uri",
                        REDIRECT_URI,
                        "state",
                        "d",
                        "user",
                        "1000000001",
                        "decision",
                        "deny"));
        assertThat(location(denied)).startsWith(REDIRECT_URI + "?error=access_denied");
    }

    @Test
    void tokenEndpointRefusesUnknownClientsAndGrantTypes() {
        HttpResponse<String> wrongSecret = http.postForm(
                base + SchoolSystemApi.TOKEN_PATH,
                Map.of("grant_type", "client_credentials", "client_id", "emocare-sync", "client_secret", "wrong"));
        assertThat(wrongSecret.statusCode()).isEqualTo(401);
        assertThat(wrongSecret.body()).contains("invalid_client");

        guard.expectRequestViolations(() -> {
            HttpResponse<String> password = http.postForm(
                    base + SchoolSystemApi.TOKEN_PATH,
                    Map.of(
                            "grant_type",
                            "password",
                            "client_id",
                            "emocare-sync",
                            "client_secret",
                            "emocare-sync-secret"));
            assertThat(password.body()).contains("unsupported_grant_type");
        });
    }

    @Test
    void clientCredentialsSyncPagesThroughEverySchoolClassAndPupil() throws IOException {
        String token = clientToken();
        List<School> schools = Json.mapper()
                .readValue(
                        http.get(
                                        base + "/v2/schools/person-schools?pageSize=1000",
                                        SchoolSystemApi.ACCESS_TOKEN_HEADER,
                                        token)
                                .body(),
                        new TypeReference<SchoolPage<School>>() {})
                .items();
        Set<Region> regions = EnumSet.noneOf(Region.class);
        Set<String> iins = new HashSet<>();
        int pupils = 0;
        for (School school : schools) {
            regions.add(Region.fromCode(school.region()).orElseThrow());
            for (EduGroup group : page(
                    token,
                    "/v2/schools/" + school.id() + "/edu-groups",
                    new TypeReference<SchoolPage<EduGroup>>() {})) {
                for (SchoolPerson person : pagesOf(token, "/v2/edu-groups/" + group.id() + "/persons", 10)) {
                    pupils++;
                    if (person.iin() != null) {
                        iins.add(person.iin());
                    }
                }
            }
        }
        assertThat(regions).containsExactlyInAnyOrder(Region.values());
        assertThat(pupils).isEqualTo(PUPILS);
        assertThat(iins).hasSizeGreaterThan(PUPILS - 2);
    }

    @Test
    void apiAnswersProtocolErrorsForBadInput() {
        String token = clientToken();
        assertThat(http.get(base + "/v2/schools/person-schools").statusCode()).isEqualTo(401);
        assertThat(http.get(base + "/v2/schools/person-schools", SchoolSystemApi.ACCESS_TOKEN_HEADER, "forged.token")
                        .body())
                .contains("invalidToken");
        String tooLarge = base + "/v2/schools/person-schools?pageSize=5000";
        guard.expectRequestViolations(() -> assertThat(http.get(tooLarge, SchoolSystemApi.ACCESS_TOKEN_HEADER, token)
                        .statusCode())
                .isEqualTo(400));
        assertThat(http.get(base + "/v2/schools/99999/edu-groups", SchoolSystemApi.ACCESS_TOKEN_HEADER, token)
                        .statusCode())
                .isEqualTo(404);
        assertThat(http.get(base + "/v2/users/me", SchoolSystemApi.ACCESS_TOKEN_HEADER, token)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void rateLimitAnswers429WithRetryAfterUntilTimePasses() {
        String token = clientToken();
        http.post(base + "/__rate-limit", "application/json", "{\"requestsPerSecond\":2}");
        try {
            String url = base + "/v2/persons/3000000001";
            assertThat(http.get(url, SchoolSystemApi.ACCESS_TOKEN_HEADER, token).statusCode())
                    .isEqualTo(200);
            assertThat(http.get(url, SchoolSystemApi.ACCESS_TOKEN_HEADER, token).statusCode())
                    .isEqualTo(200);
            HttpResponse<String> limited = http.get(url, SchoolSystemApi.ACCESS_TOKEN_HEADER, token);
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");

            clock.advance(java.time.Duration.ofSeconds(1));
            assertThat(http.get(url, SchoolSystemApi.ACCESS_TOKEN_HEADER, token).statusCode())
                    .isEqualTo(200);
        } finally {
            http.post(base + "/__rate-limit", "application/json", "{\"requestsPerSecond\":10000}");
        }
    }

    @Test
    void newGenerationChangesOnlyTheTouchedSchoolsAndClasses() throws IOException {
        String token = clientToken();
        Map<Long, String> before = rosterVersions(token);
        HttpResponse<String> advanced =
                http.post(base + "/__generation", "application/json", "{\"moves\":3,\"departures\":2,\"arrivals\":4}");
        JsonNode change = Json.mapper().readTree(advanced.body());
        assertThat(change.path("departed").asInt()).isEqualTo(2);
        assertThat(change.path("joined").asInt()).isEqualTo(4);

        Map<Long, String> after = rosterVersions(token);
        long changedSchools = before.keySet().stream()
                .filter(id -> !before.get(id).equals(after.get(id)))
                .count();
        assertThat(changedSchools).as("at most 3 moves x 2 + 2 + 4 schools").isBetween(1L, 12L);
        assertThat(rosterVersions(token)).isEqualTo(after);
    }

    private Map<Long, String> rosterVersions(String token) throws IOException {
        return Json.mapper()
                .readValue(
                        http.get(
                                        base + "/v2/schools/person-schools?pageSize=100",
                                        SchoolSystemApi.ACCESS_TOKEN_HEADER,
                                        token)
                                .body(),
                        new TypeReference<SchoolPage<School>>() {})
                .items()
                .stream()
                .collect(java.util.stream.Collectors.toMap(School::id, School::rosterVersion));
    }

    private List<SchoolPerson> pagesOf(String token, String path, int pageSize) throws IOException {
        List<SchoolPerson> all = new java.util.ArrayList<>();
        for (int pageNumber = 1; ; pageNumber++) {
            SchoolPage<SchoolPerson> page = Json.mapper()
                    .readValue(
                            http.get(
                                            base + path + "?page=" + pageNumber + "&pageSize=" + pageSize,
                                            SchoolSystemApi.ACCESS_TOKEN_HEADER,
                                            token)
                                    .body(),
                            new TypeReference<SchoolPage<SchoolPerson>>() {});
            all.addAll(page.items());
            if (!page.hasNext()) {
                return all;
            }
        }
    }

    private <T> List<T> page(String token, String path, TypeReference<SchoolPage<T>> type) throws IOException {
        return Json.mapper()
                .readValue(
                        http.get(base + path + "?pageSize=1000", SchoolSystemApi.ACCESS_TOKEN_HEADER, token)
                                .body(),
                        type)
                .items();
    }

    private String clientToken() {
        HttpResponse<String> answer = http.postForm(
                base + SchoolSystemApi.TOKEN_PATH,
                Map.of(
                        "grant_type",
                        "client_credentials",
                        "client_id",
                        "emocare-sync",
                        "client_secret",
                        "emocare-sync-secret"));
        try {
            return Json.mapper()
                    .readValue(answer.body(), OAuthTokenResponse.class)
                    .accessToken();
        } catch (IOException e) {
            throw new AssertionError(answer.body(), e);
        }
    }

    private String approve(String user, String state) {
        HttpResponse<String> redirect = http.postForm(
                base + "/oauth2",
                Map.of(
                        "response_type",
                        "code",
                        "client_id",
                        "emocare-id",
                        "redirect_uri",
                        REDIRECT_URI,
                        "scope",
                        "CommonInfo",
                        "state",
                        state,
                        "user",
                        user,
                        "decision",
                        "allow"));
        assertThat(redirect.statusCode()).isEqualTo(302);
        String location = location(redirect);
        assertThat(location).startsWith(REDIRECT_URI + "?code=").endsWith("&state=" + state);
        return URI.create(location).getQuery().split("&")[0].substring("code=".length());
    }

    private HttpResponse<String> exchangeCode(String code, String redirectUri) {
        return http.postForm(
                base + SchoolSystemApi.TOKEN_PATH,
                Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", redirectUri),
                "Authorization",
                "Basic " + java.util.Base64.getEncoder().encodeToString("emocare-id:emocare-id-secret".getBytes()));
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }
}
