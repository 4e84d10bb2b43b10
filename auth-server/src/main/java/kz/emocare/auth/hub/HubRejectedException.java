package kz.emocare.auth.hub;

/**
 * The hub answered that a request can never succeed as sent (a 4xx other than authentication, time-out or rate
 * limit): retrying the same request at once would only repeat the answer.
 */
public class HubRejectedException extends RuntimeException {

    public HubRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
