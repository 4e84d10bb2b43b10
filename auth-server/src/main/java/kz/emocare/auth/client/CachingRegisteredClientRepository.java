package kz.emocare.auth.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * Keeps registered clients in memory for a short while. Every token request reads its client, sometimes twice (client
 * authentication, then the stored authorization), and each read parses the client's JSON settings; clients change
 * rarely, and a change made through this repository is visible at once (other instances see it within the TTL).
 */
public final class CachingRegisteredClientRepository implements RegisteredClientRepository {

    private final RegisteredClientRepository delegate;
    private final Clock clock;
    private final Duration timeToLive;
    private final Map<String, Cached> byId = new ConcurrentHashMap<>();
    private final Map<String, Cached> byClientId = new ConcurrentHashMap<>();

    public CachingRegisteredClientRepository(RegisteredClientRepository delegate, Clock clock, Duration timeToLive) {
        this.delegate = delegate;
        this.clock = clock;
        this.timeToLive = timeToLive;
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        delegate.save(registeredClient);
        byId.clear();
        byClientId.clear();
    }

    @Override
    public RegisteredClient findById(String id) {
        return cached(byId, id, delegate::findById);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return cached(byClientId, clientId, delegate::findByClientId);
    }

    private RegisteredClient cached(Map<String, Cached> cache, String key, Function<String, RegisteredClient> load) {
        Instant now = clock.instant();
        Cached entry = cache.get(key);
        if (entry != null && entry.expiresAt().isAfter(now)) {
            return entry.client();
        }
        RegisteredClient client = load.apply(key);
        if (client != null) {
            cache.put(key, new Cached(client, now.plus(timeToLive)));
        } else {
            cache.remove(key);
        }
        return client;
    }

    private record Cached(RegisteredClient client, Instant expiresAt) {}
}
