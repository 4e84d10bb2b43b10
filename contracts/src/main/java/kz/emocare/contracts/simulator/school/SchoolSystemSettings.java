package kz.emocare.contracts.simulator.school;

import java.time.Duration;
import java.util.Map;

/**
 * Settings of the simulated school system.
 *
 * @param requestsPerSecond API requests each client may make per second (a burst of one second is allowed)
 * @param clients registered OAuth2 clients: id to secret
 * @param tokenLifetime lifetime of access tokens
 */
public record SchoolSystemSettings(int requestsPerSecond, Map<String, String> clients, Duration tokenLifetime) {

    /** The client the auth-server signs students in with. */
    public static final String SIGN_IN_CLIENT_ID = "emocare-id";

    /** The client the hub's identity-sync route uses (client credentials). */
    public static final String SYNC_CLIENT_ID = "emocare-sync";

    public static final SchoolSystemSettings DEFAULTS = new SchoolSystemSettings(
            200,
            Map.of(SIGN_IN_CLIENT_ID, "emocare-id-secret", SYNC_CLIENT_ID, "emocare-sync-secret"),
            Duration.ofHours(1));

    public SchoolSystemSettings {
        if (requestsPerSecond < 1) {
            throw new IllegalArgumentException("requestsPerSecond must be at least 1");
        }
        clients = Map.copyOf(clients);
    }

    public SchoolSystemSettings withRequestsPerSecond(int value) {
        return new SchoolSystemSettings(value, clients, tokenLifetime);
    }
}
