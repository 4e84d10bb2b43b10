package kz.emocare.contracts.simulator.idp;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.emocare.contracts.gateway.EgovIdentityProvider;
import kz.emocare.contracts.simulator.population.SyntheticPerson;

/** Signs ID tokens and access tokens with an RSA key generated at start-up (RS256), and checks access tokens. */
final class EgovTokens {

    static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final JOSEObjectType ACCESS_TOKEN_TYPE = new JOSEObjectType("at+jwt");

    private final RSAKey key;
    private final Clock clock;

    EgovTokens(Clock clock) {
        this.clock = clock;
        try {
            this.key = new RSAKeyGenerator(2048)
                    .keyID("egov-simulator-" + UUID.randomUUID().toString().substring(0, 8))
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate the eGov signing key", e);
        }
    }

    /** The public keys, as served at the JWKS endpoint. */
    Map<String, Object> publicJwks() {
        return new JWKSet(key.toPublicJWK()).toJSONObject(true);
    }

    /** A stable subject for a person: derived from the IIN, never the IIN itself. */
    static String subject(String iin) {
        return UUID.nameUUIDFromBytes(("egov:" + iin).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
    }

    String idToken(String issuer, String clientId, SyntheticPerson person, String nonce, Instant authenticatedAt) {
        JWTClaimsSet.Builder claims = personClaims(person)
                .issuer(issuer)
                .audience(clientId)
                .claim("auth_time", authenticatedAt.getEpochSecond())
                .claim("azp", clientId);
        if (nonce != null) {
            claims.claim("nonce", nonce);
        }
        return sign(claims, JOSEObjectType.JWT);
    }

    String accessToken(String issuer, String clientId, SyntheticPerson person, String scope) {
        return sign(
                personClaims(person)
                        .issuer(issuer)
                        .audience(issuer)
                        .claim("client_id", clientId)
                        .claim("scope", scope),
                ACCESS_TOKEN_TYPE);
    }

    /** The claims of a genuine, unexpired access token of this issuer. */
    Optional<JWTClaimsSet> verifyAccessToken(String token, String issuer) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!ACCESS_TOKEN_TYPE.equals(jwt.getHeader().getType()) || !jwt.verify(new RSASSAVerifier(key))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            boolean current = claims.getExpirationTime() != null
                    && claims.getExpirationTime().toInstant().isAfter(clock.instant());
            return current && issuer.equals(claims.getIssuer()) ? Optional.of(claims) : Optional.empty();
        } catch (ParseException | JOSEException e) {
            return Optional.empty();
        }
    }

    private JWTClaimsSet.Builder personClaims(SyntheticPerson person) {
        Instant now = clock.instant();
        return new JWTClaimsSet.Builder()
                .subject(subject(person.iin()))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .claim(EgovIdentityProvider.CLAIM_IIN, person.iin())
                .claim("name", person.name().firstName() + " " + person.name().lastName())
                .claim("given_name", person.name().firstName())
                .claim("family_name", person.name().lastName())
                .claim("birthdate", person.birthDate().toString());
    }

    private String sign(JWTClaimsSet.Builder claims, JOSEObjectType type) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .type(type)
                            .build(),
                    claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }
}
