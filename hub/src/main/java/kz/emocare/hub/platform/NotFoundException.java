package kz.emocare.hub.platform;

/** A record does not exist, or the caller may not know it exists. */
public class NotFoundException extends DomainException {

    public NotFoundException(String message) {
        super("not-found", message);
    }

    public NotFoundException(String problemType, String message) {
        super(problemType, message);
    }
}
