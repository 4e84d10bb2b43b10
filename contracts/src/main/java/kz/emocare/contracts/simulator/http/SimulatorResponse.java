package kz.emocare.contracts.simulator.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An HTTP answer of a simulator endpoint.
 *
 * @param status HTTP status code
 * @param headers response headers (one value each)
 * @param body raw body, empty when there is none
 */
public record SimulatorResponse(int status, Map<String, String> headers, byte[] body) {

    public static final String JSON = "application/json; charset=utf-8";
    public static final String PROBLEM_JSON = "application/problem+json; charset=utf-8";
    public static final String FHIR_JSON = "application/fhir+json; charset=utf-8";
    public static final String SOAP_XML = "text/xml; charset=utf-8";
    public static final String HTML = "text/html; charset=utf-8";

    public SimulatorResponse {
        headers = Map.copyOf(headers);
    }

    /** A JSON answer serialised with the simulators' shared mapper. */
    public static SimulatorResponse json(int status, Object value) {
        return withBody(status, JSON, Json.write(value));
    }

    /** A body of the given content type. */
    public static SimulatorResponse withBody(int status, String contentType, byte[] body) {
        return new SimulatorResponse(status, Map.of("Content-Type", contentType), body);
    }

    /** A body of the given content type, from text. */
    public static SimulatorResponse withText(int status, String contentType, String text) {
        return withBody(status, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A 302 redirect. */
    public static SimulatorResponse redirect(String location) {
        return new SimulatorResponse(302, Map.of("Location", location, "Cache-Control", "no-store"), new byte[0]);
    }

    /** An answer without a body. */
    public static SimulatorResponse empty(int status) {
        return new SimulatorResponse(status, Map.of(), new byte[0]);
    }

    /** The same answer with one more header. */
    public SimulatorResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new SimulatorResponse(status, more, body);
    }

    /** The same answer with another body (same headers). */
    public SimulatorResponse withBody(byte[] replacement) {
        return new SimulatorResponse(status, headers, replacement);
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
