package kz.emocare.auth.signin;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import kz.emocare.auth.config.AuthServerProperties;
import org.springframework.stereotype.Component;

/** Sign-ins between their first factor and their end, held in the session for a few minutes at most. */
@Component
public class PendingSignIns {

    private final Clock clock;
    private final AuthServerProperties.SignIn settings;

    PendingSignIns(Clock clock, AuthServerProperties properties) {
        this.clock = clock;
        this.settings = properties.signIn();
    }

    /** Starts a pending sign-in after the first factor. */
    public void start(HttpSession session, String accountId, String personId, List<String> factors) {
        session.setAttribute(
                PendingSignIn.SESSION_ATTRIBUTE,
                new PendingSignIn(accountId, personId, List.copyOf(factors), clock.instant()));
    }

    /** The pending sign-in of the session, unless it has expired. */
    Optional<PendingSignIn> current(HttpSession session) {
        PendingSignIn pending = (PendingSignIn) session.getAttribute(PendingSignIn.SESSION_ATTRIBUTE);
        if (pending == null) {
            return Optional.empty();
        }
        if (pending.startedAt().plus(settings.pendingTimeout()).isBefore(clock.instant())) {
            session.removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
            return Optional.empty();
        }
        return Optional.of(pending);
    }
}
