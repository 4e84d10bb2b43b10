package kz.emocare.auth.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal browser for the sign-in pages: keeps cookies, never follows redirects by itself, and posts forms with the
 * CSRF token of the last page it saw.
 */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String origin;
    private String csrf;

    public Browser(String origin) {
        this.origin = origin;
    }

    public Page get(String uri) {
        return send(HttpRequest.newBuilder(resolve(uri))
                .header("Accept", "text/html")
                .GET()
                .build());
    }

    public Page get(String uri, String acceptLanguage) {
        return send(HttpRequest.newBuilder(resolve(uri))
                .header("Accept", "text/html")
                .header("Accept-Language", acceptLanguage)
                .GET()
                .build());
    }

    /** Posts a form; adds the CSRF token of the last page unless the form has one. */
    public Page post(String uri, Map<String, String> form) {
        return post(uri, List.copyOf(form.entrySet()));
    }

    /** Posts a form whose fields may repeat (several {@code scope} values). */
    public Page post(String uri, List<Map.Entry<String, String>> form) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(form);
        if (csrf != null && fields.stream().noneMatch(field -> field.getKey().equals("_csrf"))) {
            fields.add(Map.entry("_csrf", csrf));
        }
        String body = fields.stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(resolve(uri))
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** Follows redirects while they stay on the auth-server; returns the first page or foreign redirect. */
    public Page follow(Page page) {
        Page current = page;
        for (int hops = 0;
                hops < 10 && current.isRedirect() && current.location().startsWith(origin);
                hops++) {
            current = get(current.location());
        }
        return current;
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Page page = new Page(
                    response.statusCode(),
                    response.headers()
                            .firstValue("Location")
                            .map(this::absolute)
                            .orElse(null),
                    response.body());
            Matcher matcher = CSRF.matcher(page.body());
            if (matcher.find()) {
                csrf = matcher.group(1);
            }
            return page;
        } catch (IOException e) {
            throw new IllegalStateException("Request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI resolve(String uri) {
        return URI.create(absolute(uri));
    }

    private String absolute(String uri) {
        return uri.startsWith("http") ? uri : origin + (uri.startsWith("/") ? uri : "/" + uri);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A response as the browser saw it. */
    public record Page(int status, String location, String body) {

        public boolean isRedirect() {
            return status >= 300 && status < 400 && location != null;
        }
    }
}
