package kz.emocare.auth.signin;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import kz.emocare.auth.hub.HubClient;
import kz.emocare.auth.hub.PersonClaims;
import kz.emocare.auth.hub.PersonClaimsStore;
import kz.emocare.contracts.identity.IdentityLinkRequest;
import kz.emocare.contracts.identity.IdentityResolution;
import kz.emocare.contracts.identity.IdentityResolutionRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks the hub who an account belongs to and keeps the answer: the person's claims for tokens and the (provider,
 * subject) link. The hub is asked first and nothing is written locally unless it answered, so a hub that is down
 * leaves nothing half-created.
 */
@Component
public class PersonResolution {

    private final HubClient hub;
    private final PersonClaimsStore claimsStore;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    PersonResolution(HubClient hub, PersonClaimsStore claimsStore, JdbcTemplate jdbc, Clock clock) {
        this.hub = hub;
        this.claimsStore = claimsStore;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Resolves an account to a person.
     *
     * @throws ProofRequiredException when the hub asks for proof of control of an existing person's account
     * @throws kz.emocare.auth.hub.HubUnavailableException when the hub cannot answer
     */
    @Transactional
    public PersonClaims resolve(IdentityResolutionRequest request) {
        IdentityResolution resolution = hub.resolve(request);
        if (resolution.outcome() == IdentityResolution.Outcome.PROOF_REQUIRED) {
            throw new ProofRequiredException(
                    request.provider(), request.subject(), resolution.personId().toString());
        }
        rememberLink(
                request.provider().name(),
                request.subject(),
                resolution.personId().toString());
        return claimsStore.save(resolution);
    }

    /** The page language when it is one the hub knows (kk, ru, en), otherwise {@code null}. */
    public static String pageLanguage() {
        String language = LocaleContextHolder.getLocale().getLanguage();
        return List.of("kk", "ru", "en").contains(language) ? language : null;
    }

    /** Links a provider account to the person the user just proved to be. */
    @Transactional
    public PersonClaims link(PendingLink pending) {
        IdentityResolution resolution = hub.link(new IdentityLinkRequest(
                pending.provider(), pending.subject(), java.util.UUID.fromString(pending.personId())));
        rememberLink(
                pending.provider().name(),
                pending.subject(),
                resolution.personId().toString());
        return claimsStore.save(resolution);
    }

    private void rememberLink(String provider, String subject, String personId) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update(
                "UPDATE federated_identity SET person_id = ?, linked_at = ? WHERE provider = ? AND subject = ?",
                personId,
                now,
                provider,
                subject);
        if (updated == 0) {
            jdbc.update(
                    "INSERT INTO federated_identity (provider, subject, person_id, linked_at) VALUES (?, ?, ?, ?)",
                    provider,
                    subject,
                    personId,
                    now);
        }
    }
}
