package kz.emocare.contracts.simulator.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;

/**
 * Which redirect URIs the simulated identity providers accept: any http(s) URI on this machine (localhost,
 * 127.0.0.1, [::1]) without a fragment. A real provider matches registered URIs exactly; the simulators accept any
 * local one so that every Emocare client works without registration, and always redirect to exactly the URI given.
 */
public final class LocalRedirects {

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private LocalRedirects() {}

    public static boolean acceptable(String redirectUri) {
        if (redirectUri == null || redirectUri.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(redirectUri);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null
                    && LOCAL_HOSTS.contains(uri.getHost())
                    && uri.getRawFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The redirect URI with query parameters appended (values URL-encoded). */
    public static String withParameters(String redirectUri, java.util.Map<String, String> parameters) {
        StringBuilder target = new StringBuilder(redirectUri);
        char separator = redirectUri.contains("?") ? '&' : '?';
        for (var parameter : parameters.entrySet()) {
            if (parameter.getValue() == null) {
                continue;
            }
            target.append(separator)
                    .append(encode(parameter.getKey()))
                    .append('=')
                    .append(encode(parameter.getValue()));
            separator = '&';
        }
        return target.toString();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
