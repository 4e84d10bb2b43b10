package kz.emocare.hub.platform;

/**
 * A request the domain refused. Each subclass maps to one HTTP status and a problem type; the message is safe to show
 * to the caller (it never carries personal data).
 */
public abstract class DomainException extends RuntimeException {

    private final String problemType;

    protected DomainException(String problemType, String message) {
        super(message);
        this.problemType = problemType;
    }

    /** Short slug naming the problem, e.g. {@code consent-revoked}; becomes part of the problem type URI. */
    public String problemType() {
        return problemType;
    }
}
