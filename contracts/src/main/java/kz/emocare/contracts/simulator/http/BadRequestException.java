package kz.emocare.contracts.simulator.http;

import java.util.Map;

/** Input a simulator refuses; the system's {@link ProtocolErrors} turns it into its own error format. */
public class BadRequestException extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, String> headers;

    public BadRequestException(String message) {
        this(400, "invalid_request", message);
    }

    public BadRequestException(int status, String code, String message) {
        this(status, code, message, Map.of());
    }

    /** With headers the answer must carry, e.g. Retry-After or WWW-Authenticate. */
    public BadRequestException(int status, String code, String message, Map<String, String> headers) {
        super(message);
        this.status = status;
        this.code = code;
        this.headers = Map.copyOf(headers);
    }

    public Map<String, String> headers() {
        return headers;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
