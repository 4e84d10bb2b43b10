package kz.emocare.hub.platform;

/** The request is well-formed but breaks a domain rule. */
public class InvalidRequestException extends DomainException {

    public InvalidRequestException(String message) {
        super("invalid-request", message);
    }

    public InvalidRequestException(String problemType, String message) {
        super(problemType, message);
    }
}
