package kz.emocare.hub.platform;

/** The request conflicts with the current state of a record. */
public class ConflictException extends DomainException {

    public ConflictException(String message) {
        super("conflict", message);
    }

    public ConflictException(String problemType, String message) {
        super(problemType, message);
    }
}
