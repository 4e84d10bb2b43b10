package kz.emocare.auth.signin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.emocare.auth.account.LocalAccounts;
import kz.emocare.auth.audit.SecurityAudit;
import kz.emocare.auth.support.Browser;
import kz.emocare.auth.support.HubStub;
import kz.emocare.auth.support.OidcTest;
import kz.emocare.contracts.demo.DemoDirectory;
import kz.emocare.contracts.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The sign-in pages: generic failures, brute-force delays, TOTP rules, mandatory enrolment, a hub that is down. */
class SignInTest extends OidcTest {

    @Autowired
    private SecurityAudit audit;

    @Autowired
    private LocalAccounts accounts;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Test
    void wrongPasswordAndUnknownAccountGetTheSameGenericMessage() {
        Browser browser = browser();
        startAuthorization(browser);

        Browser.Page wrongPassword =
                browser.post("/login", Map.of("username", "volunteer", "password", "not-it-at-all"));
        Browser.Page unknownAccount =
                browser.post("/login", Map.of("username", "nobody-" + UUID.randomUUID(), "password", "whatever-it-is"));

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownAccount.status()).isEqualTo(401);
        assertThat(errorText(wrongPassword))
                .isEqualTo(errorText(unknownAccount))
                .contains("username or password");
        assertThat(wrongPassword.body()).contains("role=\"alert\"").contains("aria-invalid=\"true\"");
    }

    @Test
    void failedAttemptsAreAuditedUnderAHashNeverTheName() {
        String name = "ghost-" + UUID.randomUUID();
        Browser browser = browser();
        startAuthorization(browser);

        browser.post("/login", Map.of("username", name, "password", "whatever-it-is"));

        List<Map<String, Object>> events = jdbc.queryForList(
                "SELECT action, actor, outcome FROM audit_outbox WHERE actor = ?", audit.accountActor(name));
        List<Map<String, Object>> delivered = HubStub.deliveredAuditEvents(EXTERNAL);
        assertThat(events.size()
                        + delivered.stream()
                                .filter(event -> event.get("actor").equals(audit.accountActor(name)))
                                .count())
                .isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_outbox WHERE actor LIKE ?", Integer.class, "%" + name + "%"))
                .isZero();
    }

    @Test
    void repeatedFailuresDelayTheAccountWithoutLockingItForGood() {
        String username = "delayed-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, null, passwordEncoder.encode(DemoDirectory.DEMO_PASSWORD), null);
        hub.resolves("LOCAL", username, "LINKED", UUID.randomUUID(), "Delayed", List.of(Role.VOLUNTEER), null, null);
        Browser browser = browser();
        startAuthorization(browser);
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(browser.post("/login", Map.of("username", username, "password", "wrong-password-" + attempt))
                            .status())
                    .isEqualTo(401);
        }

        Browser.Page delayed =
                browser.post("/login", Map.of("username", username, "password", DemoDirectory.DEMO_PASSWORD));
        assertThat(delayed.status()).isEqualTo(429);
        assertThat(errorText(delayed)).contains("wait");

        clock.advance(Duration.ofSeconds(3));
        Browser.Page accepted =
                browser.post("/login", Map.of("username", username, "password", DemoDirectory.DEMO_PASSWORD));
        assertThat(accepted.isRedirect()).as("status %s", accepted.status()).isTrue();
    }

    @Test
    void totpCodeIsNeverAcceptedTwice() {
        String code = totp.currentCode(DemoDirectory.DEMO_TOTP_SECRET);
        Browser first = browser();
        startAuthorization(first);
        first.post("/login", Map.of("username", "admin", "password", DemoDirectory.DEMO_PASSWORD));
        assertThat(first.post("/login/second-factor", Map.of("code", code)).isRedirect())
                .isTrue();

        Browser second = browser();
        startAuthorization(second);
        second.post("/login", Map.of("username", "admin", "password", DemoDirectory.DEMO_PASSWORD));
        Browser.Page replay = second.post("/login/second-factor", Map.of("code", code));

        assertThat(replay.status()).isEqualTo(401);
        assertThat(errorText(replay)).contains("only once");
    }

    @Test
    void staffWithoutSecondFactorMustEnrolWithQrCodeAndGetRecoveryCodesThatWorkOnce() {
        String username = "newpsy-" + UUID.randomUUID().toString().substring(0, 8);
        UUID personId = UUID.randomUUID();
        accounts.create(username, null, passwordEncoder.encode(DemoDirectory.DEMO_PASSWORD), null);
        hub.resolves("LOCAL", username, "LINKED", personId, "New psychologist", List.of(Role.PSYCHOLOGIST), null, null);
        Browser browser = browser();
        startAuthorization(browser);

        Browser.Page enrol = browser.follow(
                browser.post("/login", Map.of("username", username, "password", DemoDirectory.DEMO_PASSWORD)));
        assertThat(enrol.body()).contains("<svg").contains("<label for=\"code\"");
        String secret = secretShown(enrol);
        Browser.Page codes = browser.post("/enrol", Map.of("code", totp.currentCode(secret)));
        List<String> recoveryCodes = recoveryCodesShown(codes);
        assertThat(recoveryCodes).hasSize(10);
        Browser.Page finished = browser.follow(browser.post("/enrol/finish", Map.of()));
        assertThat(parseResponse(URI.create(finished.location())).indicatesSuccess())
                .isTrue();

        Browser next = browser();
        startAuthorization(next);
        next.post("/login", Map.of("username", username, "password", DemoDirectory.DEMO_PASSWORD));
        assertThat(next.post("/login/second-factor", Map.of("code", recoveryCodes.get(0)))
                        .isRedirect())
                .isTrue();
        Browser again = browser();
        startAuthorization(again);
        again.post("/login", Map.of("username", username, "password", DemoDirectory.DEMO_PASSWORD));
        assertThat(again.post("/login/second-factor", Map.of("code", recoveryCodes.get(0)))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void hubThatIsDownGivesAClearMessageAndCreatesNothing() {
        String username = "orphan-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, null, passwordEncoder.encode(DemoDirectory.DEMO_PASSWORD), null);
        EXTERNAL.stubFor(
                post(urlPathEqualTo(HubStub.RESOLVE)).willReturn(aResponse().withStatus(503)));
        Browser browser = browser();
        startAuthorization(browser);

        Browser.Page page =
                browser.post("/login", Map.of("username", username, "password", DemoDirectory.DEMO_PASSWORD));

        assertThat(page.status()).isEqualTo(503);
        assertThat(page.body()).contains("Nothing was changed");
        assertThat(accounts.findByUsername(username).orElseThrow().personId()).isNull();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM federated_identity WHERE subject = ?", Integer.class, username))
                .isZero();
    }

    @Test
    void signInPageSpeaksKazakhRussianAndEnglishWithLabelledInputs() {
        Browser browser = browser();
        startAuthorization(browser);

        Browser.Page kazakh = browser.get("/login?lang=kk");
        Browser.Page russian = browser.get("/login?lang=ru");
        Browser.Page english = browser.get("/login?lang=en");

        assertThat(kazakh.body()).contains("lang=\"kk\"").contains("Құпиясөз");
        assertThat(russian.body()).contains("lang=\"ru\"").contains("Пароль");
        assertThat(english.body()).contains("lang=\"en\"").contains("Password");
        assertThat(english.body())
                .contains("<label for=\"username\"")
                .contains("id=\"username\"")
                .contains("<label for=\"password\"")
                .contains("autocomplete=\"current-password\"")
                .doesNotContain("onpaste")
                .contains("name=\"viewport\"");
    }

    private void startAuthorization(Browser browser) {
        Browser.Page page = browser.follow(browser.get(
                hubWebRequest(new CodeVerifier(), new Nonce()).build().toURI().toString()));
        assertThat(page.body()).contains("name=\"password\"");
    }

    private static String errorText(Browser.Page page) {
        Matcher matcher =
                Pattern.compile("role=\"alert\"[^>]*>\\s*<p>([^<]+)</p>").matcher(page.body());
        assertThat(matcher.find()).as(page.body()).isTrue();
        return matcher.group(1);
    }

    private static String secretShown(Browser.Page page) {
        Matcher matcher = Pattern.compile("class=\"secret\">([A-Z2-7 ]+)<").matcher(page.body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1).replace(" ", "");
    }

    private static List<String> recoveryCodesShown(Browser.Page page) {
        Matcher matcher = Pattern.compile("<code>([A-Z0-9-]{19})</code>").matcher(page.body());
        List<String> codes = new java.util.ArrayList<>();
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        return codes;
    }
}
