package kz.emocare.auth.token;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import kz.emocare.auth.audit.SecurityAudit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps authorizations in the JDBC store with every token value replaced by its hash, so that a copy of the database
 * holds no usable code, access, refresh or ID token.
 *
 * <p>A look-up hashes the presented value, and the authorization it finds carries the presented value again for that
 * one token, which is what the protocol code compares. The other tokens of the authorization stay hashed; saving
 * never hashes a hash twice.
 *
 * <p>Refresh tokens rotate on every use. The token a rotation replaces is remembered; when it is presented again the
 * whole authorization (the token family) is removed, as OAuth 2.0 Security BCP §4.14 asks, and the client gets
 * {@code invalid_grant}.
 */
public class HashingAuthorizationService implements OAuth2AuthorizationService {

    private static final Logger log = LoggerFactory.getLogger(HashingAuthorizationService.class);
    private static final OAuth2TokenType STATE = new OAuth2TokenType("state");
    private static final List<Class<? extends OAuth2Token>> TOKEN_CLASSES = List.of(
            OAuth2AuthorizationCode.class, OAuth2AccessToken.class, OAuth2RefreshToken.class, OidcIdToken.class);

    private final OAuth2AuthorizationService delegate;
    private final JdbcTemplate jdbc;
    private final SecurityAudit audit;
    private final Clock clock;

    public HashingAuthorizationService(
            OAuth2AuthorizationService delegate, JdbcTemplate jdbc, SecurityAudit audit, Clock clock) {
        this.delegate = delegate;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void save(OAuth2Authorization authorization) {
        OAuth2Authorization hashed = hashed(authorization);
        rememberReplacedRefreshToken(hashed);
        delegate.save(hashed);
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        delegate.remove(authorization);
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return delegate.findById(id);
    }

    @Override
    @Transactional
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        if (STATE.equals(tokenType)) {
            return delegate.findByToken(token, tokenType);
        }
        String hash = TokenHashes.hash(token);
        OAuth2Authorization found = delegate.findByToken(hash, tokenType);
        if (found == null && tokenType == null) {
            found = delegate.findByToken(token, STATE);
        }
        if (found == null && (tokenType == null || OAuth2TokenType.REFRESH_TOKEN.equals(tokenType))) {
            revokeFamilyOfReusedRefreshToken(hash);
        }
        return found == null ? null : withPresentedValue(found, hash, token);
    }

    private void rememberReplacedRefreshToken(OAuth2Authorization hashed) {
        if (hashed.getRefreshToken() == null) {
            return;
        }
        // Only the stored refresh token is needed: reading the whole authorization would parse its JSON again.
        List<String> stored = jdbc.queryForList(
                "SELECT refresh_token_value FROM oauth2_authorization WHERE id = ?", String.class, hashed.getId());
        String replaced = stored.isEmpty() ? null : stored.get(0);
        if (replaced != null
                && !replaced.equals(hashed.getRefreshToken().getToken().getTokenValue())) {
            jdbc.update(
                    "INSERT INTO used_refresh_token (token_hash, authorization_id, used_at) VALUES (?, ?, ?)",
                    replaced,
                    hashed.getId(),
                    Timestamp.from(clock.instant()));
        }
    }

    private void revokeFamilyOfReusedRefreshToken(String hash) {
        List<String> authorizationIds = jdbc.queryForList(
                "SELECT authorization_id FROM used_refresh_token WHERE token_hash = ?", String.class, hash);
        for (String authorizationId : authorizationIds) {
            OAuth2Authorization family = delegate.findById(authorizationId);
            if (family != null) {
                delegate.remove(family);
                log.warn("Reuse detected in authorization {}: the whole grant family is revoked", authorizationId);
                audit.record("token.refresh-reuse", family.getPrincipalName(), SecurityAudit.Outcome.DENIED, null);
            }
        }
    }

    private static OAuth2Authorization hashed(OAuth2Authorization authorization) {
        OAuth2Authorization.Builder builder = OAuth2Authorization.from(authorization);
        boolean changed = false;
        for (Class<? extends OAuth2Token> tokenClass : TOKEN_CLASSES) {
            OAuth2Authorization.Token<? extends OAuth2Token> token = authorization.getToken(tokenClass);
            if (token != null && !TokenHashes.isHash(token.getToken().getTokenValue())) {
                builder.token(withValue(
                        token.getToken(), TokenHashes.hash(token.getToken().getTokenValue())));
                changed = true;
            }
        }
        return changed ? builder.build() : authorization;
    }

    private static OAuth2Authorization withPresentedValue(OAuth2Authorization found, String hash, String presented) {
        OAuth2Authorization.Builder builder = OAuth2Authorization.from(found);
        for (Class<? extends OAuth2Token> tokenClass : TOKEN_CLASSES) {
            OAuth2Authorization.Token<? extends OAuth2Token> token = found.getToken(tokenClass);
            if (token != null && token.getToken().getTokenValue().equals(hash)) {
                builder.token(withValue(token.getToken(), presented));
            }
        }
        return builder.build();
    }

    private static OAuth2Token withValue(OAuth2Token token, String value) {
        if (token instanceof OAuth2AuthorizationCode) {
            return new OAuth2AuthorizationCode(value, token.getIssuedAt(), token.getExpiresAt());
        }
        if (token instanceof OAuth2AccessToken accessToken) {
            return new OAuth2AccessToken(
                    accessToken.getTokenType(),
                    value,
                    accessToken.getIssuedAt(),
                    accessToken.getExpiresAt(),
                    accessToken.getScopes());
        }
        if (token instanceof OAuth2RefreshToken) {
            return new OAuth2RefreshToken(value, token.getIssuedAt(), token.getExpiresAt());
        }
        if (token instanceof OidcIdToken idToken) {
            return new OidcIdToken(value, idToken.getIssuedAt(), idToken.getExpiresAt(), idToken.getClaims());
        }
        throw new IllegalStateException(
                "No hashed form for token type " + token.getClass().getName());
    }
}
