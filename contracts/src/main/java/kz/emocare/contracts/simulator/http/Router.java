package kz.emocare.contracts.simulator.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps a method and a path template such as {@code /v2/schools/{id}/edu-groups} to an endpoint. */
public final class Router {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final List<Route> routes = new ArrayList<>();

    /** Adds a route; the first route that matches wins. */
    public Router add(String method, String pathTemplate, Endpoint endpoint) {
        routes.add(new Route(method, pathTemplate, endpoint));
        return this;
    }

    /** The endpoint for a request with the path variables filled in, or empty when no route has this path. */
    public Optional<Dispatch> find(SimulatorRequest request) {
        boolean pathKnown = false;
        for (Route route : routes) {
            Optional<Map<String, String>> variables = route.match(request.path());
            if (variables.isEmpty()) {
                continue;
            }
            pathKnown = true;
            if (route.method().equals(request.method())) {
                return Optional.of(new Dispatch(route.endpoint(), request.withPathVariables(variables.get())));
            }
        }
        return pathKnown ? Optional.of(Dispatch.METHOD_NOT_ALLOWED) : Optional.empty();
    }

    /** A matched endpoint and the request carrying its path variables; {@link #METHOD_NOT_ALLOWED} has neither. */
    public record Dispatch(Endpoint endpoint, SimulatorRequest request) {

        public static final Dispatch METHOD_NOT_ALLOWED = new Dispatch(null, null);

        public boolean methodAllowed() {
            return endpoint != null;
        }
    }

    private record Route(String method, Pattern pattern, List<String> names, Endpoint endpoint) {

        Route(String method, String template, Endpoint endpoint) {
            this(method, compile(template), names(template), endpoint);
        }

        Optional<Map<String, String>> match(String path) {
            Matcher matcher = pattern.matcher(path);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            Map<String, String> variables = new LinkedHashMap<>();
            for (int group = 1; group <= names.size(); group++) {
                variables.put(names.get(group - 1), matcher.group(group));
            }
            return Optional.of(variables);
        }

        private static Pattern compile(String template) {
            StringBuilder regex = new StringBuilder();
            Matcher matcher = PLACEHOLDER.matcher(template);
            int last = 0;
            while (matcher.find()) {
                regex.append(Pattern.quote(template.substring(last, matcher.start())));
                regex.append("([^/]+)");
                last = matcher.end();
            }
            regex.append(Pattern.quote(template.substring(last)));
            return Pattern.compile(regex.toString());
        }

        private static List<String> names(String template) {
            List<String> names = new ArrayList<>();
            Matcher matcher = PLACEHOLDER.matcher(template);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        }
    }
}
