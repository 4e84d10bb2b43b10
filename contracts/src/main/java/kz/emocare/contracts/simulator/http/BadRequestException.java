package kz.emocare.contracts.simulator.http;

/** Input a simulator refuses; the system's {@link ProtocolErrors} turns it into its own error format. */
public class BadRequestException extends RuntimeException {

    private final int status;
    private final String code;

    public BadRequestException(String message) {
        this(400, "invalid_request", message);
    }

    public BadRequestException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
