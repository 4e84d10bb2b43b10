package kz.emocare.contracts.testing;

import java.util.List;
import java.util.Map;

/**
 * One request and its answer as the guard checks them, independent of WireMock's types.
 *
 * @param query decoded query parameters
 * @param responseHeaders answer headers by lower-case name (empty when the connection was reset)
 * @param responseBody answer body, or {@code null} when no answer was sent
 */
record Exchange(
        String method,
        String path,
        Map<String, List<String>> query,
        Map<String, String> requestHeaders,
        byte[] requestBody,
        int status,
        Map<String, String> responseHeaders,
        byte[] responseBody) {

    String requestHeader(String name) {
        return requestHeaders.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    String responseHeader(String name) {
        return responseHeaders.get(name.toLowerCase(java.util.Locale.ROOT));
    }
}
