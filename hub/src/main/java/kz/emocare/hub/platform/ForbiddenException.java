package kz.emocare.hub.platform;

/** The caller is known but may not do this. */
public class ForbiddenException extends DomainException {

    public ForbiddenException(String message) {
        super("forbidden", message);
    }

    public ForbiddenException(String problemType, String message) {
        super(problemType, message);
    }
}
