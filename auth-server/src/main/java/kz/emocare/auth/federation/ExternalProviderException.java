package kz.emocare.auth.federation;

import kz.emocare.contracts.identity.IdentityProvider;

/** An external sign-in that cannot go on; {@link Reason} picks the message the user sees. Nothing was written. */
class ExternalProviderException extends RuntimeException {

    enum Reason {
        /** The provider did not answer, or answered with an error status. */
        UNAVAILABLE,
        /** The provider answered something that breaks its contract (missing subject, bad signature, bad IIN). */
        MALFORMED,
        /** The user (or the provider) declined. */
        DENIED,
        /** The callback does not belong to a sign-in this browser started. */
        STATE
    }

    private final IdentityProvider provider;
    private final Reason reason;

    ExternalProviderException(IdentityProvider provider, Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.provider = provider;
        this.reason = reason;
    }

    ExternalProviderException(IdentityProvider provider, Reason reason, String message) {
        this(provider, reason, message, null);
    }

    IdentityProvider provider() {
        return provider;
    }

    Reason reason() {
        return reason;
    }
}
