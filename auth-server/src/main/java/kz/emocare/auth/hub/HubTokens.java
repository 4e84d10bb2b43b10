package kz.emocare.auth.hub;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.emocare.auth.config.AuthServerProperties;
import kz.emocare.contracts.identity.TokenClaims;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/**
 * The access token the auth-server presents to the hub: signed with its own current key (so the hub verifies it with
 * the same JWKS as every other token), audience {@value TokenClaims#HUB_AUDIENCE}, scopes {@value
 * TokenClaims#SCOPE_IDENTITY} and {@value TokenClaims#SCOPE_AUDIT}. Reused until a fifth of its lifetime is left.
 */
@Component
class HubTokens {

    private final JwtEncoder encoder;
    private final Clock clock;
    private final AuthServerProperties properties;
    private volatile IssuedToken cached;

    HubTokens(JwtEncoder encoder, Clock clock, AuthServerProperties properties) {
        this.encoder = encoder;
        this.clock = clock;
        this.properties = properties;
    }

    String current() {
        Instant now = clock.instant();
        IssuedToken token = cached;
        if (token == null || now.isAfter(token.renewAt())) {
            token = issue(now);
            cached = token;
        }
        return token.value();
    }

    private IssuedToken issue(Instant now) {
        AuthServerProperties.Hub hub = properties.hub();
        Instant expiresAt = now.plus(hub.tokenLifetime());
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(properties.issuer().toString())
                .subject(hub.clientId())
                .audience(List.of(TokenClaims.HUB_AUDIENCE))
                .issuedAt(now)
                .expiresAt(expiresAt)
                .id(UUID.randomUUID().toString())
                .claim("client_id", hub.clientId())
                .claim("scope", TokenClaims.SCOPE_IDENTITY + " " + TokenClaims.SCOPE_AUDIT)
                .build();
        String value = encoder.encode(JwtEncoderParameters.from(
                        JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
        return new IssuedToken(value, expiresAt.minus(hub.tokenLifetime().dividedBy(5)));
    }

    private record IssuedToken(String value, Instant renewAt) {}
}
