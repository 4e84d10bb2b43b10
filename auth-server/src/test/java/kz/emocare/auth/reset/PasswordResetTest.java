package kz.emocare.auth.reset;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.emocare.auth.account.LocalAccounts;
import kz.emocare.auth.support.Browser;
import kz.emocare.auth.support.OidcTest;
import kz.emocare.contracts.demo.DemoDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password reset by e-mail link, captured by an embedded SMTP server; the link never bypasses the second factor. */
class PasswordResetTest extends OidcTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
                    new ServerSetup(SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    private LocalAccounts accounts;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Test
    void resetLinkSetsANewPasswordOnlyWithTheSecondFactor() throws Exception {
        String username = "reset-" + UUID.randomUUID().toString().substring(0, 8);
        String id = accounts.create(
                username, username + "@example.kz", passwordEncoder.encode(DemoDirectory.DEMO_PASSWORD), null);
        accounts.enrolSecondFactor(id, DemoDirectory.DEMO_TOTP_SECRET, 0);
        Browser browser = browser();
        browser.get("/reset");

        Browser.Page sent = browser.post("/reset", Map.of("identifier", username));
        assertThat(sent.body()).contains("role=\"status\"");
        String link = linkIn(onlyMessageTo(username + "@example.kz"));
        Browser.Page form = browser.get(link);
        assertThat(form.body()).contains("name=\"code\"").contains("autocomplete=\"new-password\"");

        Browser.Page withoutCode =
                browser.post(link, Map.of("password", "a brand new calm sentence", "code", "000000"));
        assertThat(withoutCode.status()).isEqualTo(401);
        assertThat(passwordEncoder.matches(
                        DemoDirectory.DEMO_PASSWORD,
                        accounts.findById(id).orElseThrow().passwordHash()))
                .isTrue();

        clock.advance(Duration.ofSeconds(30));
        Browser.Page common = browser.post(
                link, Map.of("password", "password1", "code", totp.currentCode(DemoDirectory.DEMO_TOTP_SECRET)));
        assertThat(common.status()).isEqualTo(422);
        assertThat(common.body()).contains("too common");

        Browser.Page done = browser.post(
                link,
                Map.of(
                        "password",
                        "a brand new calm sentence",
                        "code",
                        totp.currentCode(DemoDirectory.DEMO_TOTP_SECRET)));
        assertThat(done.status()).isEqualTo(200);
        assertThat(passwordEncoder.matches(
                        "a brand new calm sentence",
                        accounts.findById(id).orElseThrow().passwordHash()))
                .isTrue();
        assertThat(browser.get(link).status()).isEqualTo(410);
    }

    @Test
    void unknownAccountGetsTheSameAnswerAndNoMail() {
        Browser browser = browser();
        browser.get("/reset");

        Browser.Page page = browser.post("/reset", Map.of("identifier", "nobody-" + UUID.randomUUID()));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("If the account exists");
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    private static MimeMessage onlyMessageTo(String address) throws Exception {
        MAIL.waitForIncomingEmail(5000, 1);
        MimeMessage[] messages = MAIL.getReceivedMessagesForDomain(address);
        assertThat(messages).hasSize(1);
        return messages[0];
    }

    private static String linkIn(MimeMessage message) {
        Matcher matcher =
                Pattern.compile("(http://localhost:\\d+/reset/[A-Za-z0-9_-]+)").matcher(GreenMailUtil.getBody(message));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
