package kz.emocare.contracts.school;

import com.fasterxml.jackson.annotation.JsonProperty;

/** RFC 6749 §5.2 error answer, e.g. {@code invalid_grant}. */
public record OAuthError(
        String error, @JsonProperty("error_description") String errorDescription) {}
