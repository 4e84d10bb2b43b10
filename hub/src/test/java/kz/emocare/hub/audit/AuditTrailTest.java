package kz.emocare.hub.audit;

import static kz.emocare.hub.support.Tokens.machine;
import static kz.emocare.hub.support.Tokens.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import kz.emocare.contracts.identity.Role;
import kz.emocare.hub.support.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@HubTest
class AuditTrailTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MockMvc mvc;

    @Test
    void verifyWhenUntouchedThenIntact() {
        trail.record(AuditEntry.success("tester", "test.action", "thing", UUID.randomUUID()));

        ChainVerification verification = trail.verify();

        assertThat(verification.intact()).isTrue();
        assertThat(verification.checkedEvents()).isPositive();
    }

    @Test
    void verifyWhenARowIsChangedThenReportsThatRow() {
        AuditEvent first = trail.record(AuditEntry.success("tester", "test.action", "thing", "a"));
        trail.record(AuditEntry.success("tester", "test.action", "thing", "b"));
        try {
            jdbc.update("update audit_event set actor = 'someone-else' where seq = ?", first.seq());

            ChainVerification verification = trail.verify();

            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenSeq()).isEqualTo(first.seq());
        } finally {
            jdbc.update("update audit_event set actor = 'tester' where seq = ?", first.seq());
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void verifyWhenARowIsDeletedThenReportsTheGap() {
        AuditEvent victim = trail.record(AuditEntry.success("tester", "test.action", "thing", "c"));
        trail.record(AuditEntry.success("tester", "test.action", "thing", "d"));
        var saved = jdbc.queryForMap("select * from audit_event where seq = ?", victim.seq());
        try {
            jdbc.update("delete from audit_event where seq = ?", victim.seq());

            ChainVerification verification = trail.verify();

            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenSeq()).isEqualTo(victim.seq());
        } finally {
            jdbc.update(
                    "insert into audit_event (seq, occurred_at, actor, action, record_type, record_id, outcome, detail,"
                            + " prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    saved.get("seq"),
                    saved.get("occurred_at"),
                    saved.get("actor"),
                    saved.get("action"),
                    saved.get("record_type"),
                    saved.get("record_id"),
                    saved.get("outcome"),
                    saved.get("detail"),
                    saved.get("prev_hash"),
                    saved.get("hash"));
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void recordWhenCallerRollsBackThenNothingIsAppended() {
        long before = trail.verify().checkedEvents();

        try {
            transactions.executeWithoutResult(status -> {
                trail.record(AuditEntry.success("tester", "test.rolled_back", "thing", "e"));
                throw new IllegalStateException("the action failed");
            });
        } catch (IllegalStateException expected) {
            // the action and its audit record roll back together
        }

        ChainVerification after = trail.verify();
        assertThat(after.intact()).isTrue();
        assertThat(after.checkedEvents()).isEqualTo(before);
    }

    @Test
    void verificationEndpointWhenAdministratorThenShowsResult() throws Exception {
        mvc.perform(get("/api/v1/audit/verification").with(person(UUID.randomUUID(), Role.ADMINISTRATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true));
    }

    @Test
    void verificationEndpointWhenNotAdministratorThenForbidden() throws Exception {
        mvc.perform(get("/api/v1/audit/verification").with(person(UUID.randomUUID(), Role.PSYCHOLOGIST)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:emocare:problem:forbidden"));
    }

    @Test
    void recordSecurityEventWhenAuthServerThenAppended() throws Exception {
        mvc.perform(post("/api/v1/audit/events")
                        .with(machine("emocare-auth-server", "hub.audit"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"action":"signin.password","actor":"h:1234","outcome":"DENIED",
                                 "sourceAddress":"127.0.0.1","at":"2026-12-01T10:00:00Z"}
                                """))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.action").value("signin.password"))
                .andExpect(jsonPath("$.outcome").value("DENIED"));
    }

    @Test
    void recordSecurityEventWhenOutcomeUnknownThenProblemAndNothingAppended() throws Exception {
        long before = trail.verify().checkedEvents();

        mvc.perform(post("/api/v1/audit/events")
                        .with(machine("emocare-auth-server", "hub.audit"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\":\"signin.password\",\"actor\":\"x\",\"outcome\":\"MAYBE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("SUCCESS, DENIED")));

        assertThat(trail.verify().checkedEvents()).isEqualTo(before);
    }

    @Test
    void recordSecurityEventWhenScopeMissingThenForbidden() throws Exception {
        mvc.perform(post("/api/v1/audit/events")
                        .with(machine("some-partner", "hub.api"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\":\"signin.password\",\"actor\":\"x\",\"outcome\":\"SUCCESS\"}"))
                .andExpect(status().isForbidden());
    }
}
