package kz.emocare.auth.hub;

/**
 * The hub could not answer (down, timed out, or answered something that is not the contract). Sign-in stops with a
 * clear message and nothing is written; audit events stay in the outbox.
 */
public class HubUnavailableException extends RuntimeException {

    public HubUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public HubUnavailableException(String message) {
        super(message);
    }
}
