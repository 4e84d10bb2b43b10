package kz.emocare.contracts.school;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * RFC 6749 §5.1 token answer of {@code POST /oauth2/token}; {@code user}/{@code user_str} name the signed-in user
 * (absent for client credentials). No ID token: the school system is plain OAuth2.
 */
public record OAuthTokenResponse(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") long expiresIn,
        String scope,
        Long user,
        @JsonProperty("user_str") String userStr) {}
