package kz.emocare.auth.audit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.emocare.auth.support.AuthServerTest;
import kz.emocare.auth.support.HubStub;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Security events survive a hub that is down and reach it, in the hub's vocabulary, once it is back. */
class AuditOutboxTest extends AuthServerTest {

    @Autowired
    private SecurityAudit audit;

    @Test
    void eventsWaitWhileTheHubIsDownAndArriveWhenItIsBack() {
        EXTERNAL.stubFor(
                post(urlPathEqualTo(HubStub.AUDIT)).willReturn(aResponse().withStatus(503)));
        String actor = audit.accountActor("outage-" + UUID.randomUUID());

        audit.record("signin.password", actor, SecurityAudit.Outcome.FAILURE, "127.0.0.1");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !EXTERNAL.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                                urlPathEqualTo(HubStub.AUDIT)))
                        .isEmpty());
        assertThat(pending(actor)).isEqualTo(1);

        EXTERNAL.stubFor(
                post(urlPathEqualTo(HubStub.AUDIT)).willReturn(aResponse().withStatus(201)));
        clock.advance(Duration.ofMinutes(6));

        await().atMost(Duration.ofSeconds(10)).until(() -> pending(actor) == 0);
        List<Map<String, Object>> delivered = HubStub.deliveredAuditEvents(EXTERNAL).stream()
                .filter(event -> actor.equals(event.get("actor")))
                .toList();
        assertThat(delivered).isNotEmpty();
        assertThat(delivered.get(0))
                .containsEntry("action", "signin.password")
                .containsEntry("outcome", "FAILURE")
                .containsEntry("sourceAddress", "127.0.0.1")
                .containsKey("at");
    }

    @Test
    void accountActorIsASaltedHashThatNamesNobody() {
        String actor = audit.accountActor("Aruzhan");

        assertThat(actor)
                .startsWith("account:")
                .doesNotContainIgnoringCase("aruzhan")
                .hasSizeLessThanOrEqualTo(72);
        assertThat(audit.accountActor(" aruzhan ")).isEqualTo(actor);
    }

    private int pending(String actor) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_outbox WHERE actor = ?", Integer.class, actor);
    }
}
