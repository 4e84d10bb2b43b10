package kz.emocare.contracts.simulator.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP request as a simulator endpoint sees it, independent of the server library, so endpoints can be tested
 * without a socket.
 *
 * @param method upper-case HTTP method
 * @param path decoded path without the query
 * @param query decoded query parameters, in order
 * @param headers header values by lower-case name
 * @param body raw body, empty when there is none
 * @param pathVariables values of {@code {name}} placeholders of the matched route
 */
public record SimulatorRequest(
        String method,
        String path,
        Map<String, List<String>> query,
        Map<String, List<String>> headers,
        byte[] body,
        Map<String, String> pathVariables) {

    public SimulatorRequest {
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
        headers = lowerCaseKeys(headers);
        pathVariables = Map.copyOf(pathVariables);
    }

    /** A request from a method, a path with an optional query string, headers and a body. */
    public static SimulatorRequest of(
            String method, String pathAndQuery, Map<String, List<String>> headers, byte[] body) {
        int questionMark = pathAndQuery.indexOf('?');
        String rawPath = questionMark < 0 ? pathAndQuery : pathAndQuery.substring(0, questionMark);
        String rawQuery = questionMark < 0 ? "" : pathAndQuery.substring(questionMark + 1);
        return new SimulatorRequest(
                method.toUpperCase(Locale.ROOT),
                URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8),
                parseUrlEncoded(rawQuery),
                headers,
                body == null ? new byte[0] : body,
                Map.of());
    }

    /** The same request with the variables of the route it matched. */
    public SimulatorRequest withPathVariables(Map<String, String> variables) {
        return new SimulatorRequest(method, path, query, headers, body, variables);
    }

    /** The first value of a query parameter. */
    public Optional<String> queryParameter(String name) {
        return Optional.ofNullable(query.get(name))
                .filter(values -> !values.isEmpty())
                .map(values -> values.get(0));
    }

    /** The first value of a header (case-insensitive name). */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)))
                .filter(values -> !values.isEmpty())
                .map(values -> values.get(0));
    }

    /** The value of a path placeholder of the matched route. */
    public String pathVariable(String name) {
        String value = pathVariables.get(name);
        if (value == null) {
            throw new IllegalStateException("route has no path variable " + name);
        }
        return value;
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body read as an {@code application/x-www-form-urlencoded} form (first value of each field). */
    public Map<String, String> form() {
        Map<String, String> form = new LinkedHashMap<>();
        parseUrlEncoded(bodyText()).forEach((name, values) -> form.put(name, values.get(0)));
        return form;
    }

    private static Map<String, List<String>> parseUrlEncoded(String encoded) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (encoded == null || encoded.isBlank()) {
            return parameters;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, key -> new java.util.ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static Map<String, List<String>> lowerCaseKeys(Map<String, List<String>> headers) {
        Map<String, List<String>> lowerCased = new LinkedHashMap<>();
        headers.forEach((name, values) -> lowerCased
                .computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> new java.util.ArrayList<>())
                .addAll(values));
        return Collections.unmodifiableMap(lowerCased);
    }
}
