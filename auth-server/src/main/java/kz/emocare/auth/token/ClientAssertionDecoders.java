package kz.emocare.auth.token;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kz.emocare.auth.config.AuthServerProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.stereotype.Component;

/**
 * Verifies {@code private_key_jwt} client assertions (RFC 7523, SMART Backend Services) against the public keys
 * registered with the client ({@link #JWKS_SETTING}, no key fetched over the network at token time):
 *
 * <ul>
 *   <li>signed with RS384 or ES384 (RS256/ES256 also accepted) by a registered key;
 *   <li>{@code iss} = {@code sub} = the client id; {@code aud} = the token endpoint (or the issuer);
 *   <li>{@code exp} present and in the future, at most {@link #MAX_LIFETIME} after {@code iat} and after now;
 *   <li>{@code jti} present and never seen before for this client while the assertion could still be valid.
 * </ul>
 *
 * Any failure makes the token endpoint answer {@code invalid_client}.
 */
@Component
public class ClientAssertionDecoders implements JwtDecoderFactory<RegisteredClient> {

    /** Client setting holding the client's public JWK set (JSON). */
    public static final String JWKS_SETTING = "settings.client.emocare.jwks";

    /** The longest an assertion may live. */
    public static final Duration MAX_LIFETIME = Duration.ofMinutes(5);

    private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);
    private static final Set<JWSAlgorithm> ALGORITHMS =
            Set.of(JWSAlgorithm.RS384, JWSAlgorithm.ES384, JWSAlgorithm.RS256, JWSAlgorithm.ES256);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final List<String> audiences;
    private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

    ClientAssertionDecoders(JdbcTemplate jdbc, Clock clock, AuthServerProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        String issuer = properties.issuer().toString();
        this.audiences = List.of(issuer + "/oauth2/token", issuer);
    }

    @Override
    public JwtDecoder createDecoder(RegisteredClient client) {
        String jwks = client.getClientSettings().getSetting(JWKS_SETTING);
        if (jwks == null) {
            throw new org.springframework.security.oauth2.core.OAuth2AuthenticationException(
                    new OAuth2Error(OAuth2ErrorCodes.INVALID_CLIENT, "The client has no registered public keys", null));
        }
        return decoders.computeIfAbsent(client.getClientId() + "#" + jwks.hashCode(), key -> build(client, jwks));
    }

    /** Forgets assertion ids whose assertions have expired anyway. */
    @Scheduled(fixedDelayString = "PT5M")
    public void forgetExpiredAssertionIds() {
        jdbc.update(
                "DELETE FROM client_assertion_jti WHERE expires_at < ?",
                Timestamp.from(clock.instant().minus(CLOCK_SKEW)));
    }

    private JwtDecoder build(RegisteredClient client, String jwks) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, new ImmutableJWKSet<>(parse(jwks))));
        processor.setJWTClaimsSetVerifier((claims, context) -> {});
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        decoder.setJwtValidator(validator(client.getClientId()));
        return decoder;
    }

    private OAuth2TokenValidator<Jwt> validator(String clientId) {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(CLOCK_SKEW);
        timestamps.setClock(clock);
        return new DelegatingOAuth2TokenValidator<>(
                new JwtClaimValidator<String>("iss", clientId::equals),
                new JwtClaimValidator<String>("sub", clientId::equals),
                new JwtClaimValidator<List<String>>(
                        "aud", audience -> audience != null && audience.stream().anyMatch(audiences::contains)),
                new JwtClaimValidator<Object>("exp", expiry -> expiry != null),
                timestamps,
                this::shortLived,
                jwt -> firstUse(clientId, jwt));
    }

    private OAuth2TokenValidatorResult shortLived(Jwt assertion) {
        Instant expiresAt = assertion.getExpiresAt();
        Instant latestAllowed = clock.instant().plus(MAX_LIFETIME).plus(CLOCK_SKEW);
        boolean tooLong = expiresAt.isAfter(latestAllowed)
                || (assertion.getIssuedAt() != null
                        && Duration.between(assertion.getIssuedAt(), expiresAt).compareTo(MAX_LIFETIME) > 0);
        return tooLong
                ? failure("The client assertion may live at most 5 minutes")
                : OAuth2TokenValidatorResult.success();
    }

    private OAuth2TokenValidatorResult firstUse(String clientId, Jwt assertion) {
        String assertionId = assertion.getId();
        if (assertionId == null || assertionId.isBlank() || assertionId.length() > 200) {
            return failure("The client assertion needs a jti of at most 200 characters");
        }
        try {
            jdbc.update(
                    "INSERT INTO client_assertion_jti (client_id, jti, expires_at) VALUES (?, ?, ?)",
                    clientId,
                    assertionId,
                    Timestamp.from(assertion.getExpiresAt()));
            return OAuth2TokenValidatorResult.success();
        } catch (DuplicateKeyException e) {
            return failure("The client assertion was used before (jti replay)");
        }
    }

    private static OAuth2TokenValidatorResult failure(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_CLIENT, description, null));
    }

    private static JWKSet parse(String jwks) {
        try {
            return JWKSet.parse(jwks);
        } catch (ParseException e) {
            throw new IllegalStateException("The registered JWK set of a client is not valid JSON", e);
        }
    }
}
