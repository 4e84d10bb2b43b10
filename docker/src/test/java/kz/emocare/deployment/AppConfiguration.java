package kz.emocare.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * What an application's {@code application.yml} declares: its flattened keys (all profiles), the environment
 * variables it reads through placeholders, its profiles, and the default of a key.
 */
final class AppConfiguration {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:?)");

    final Set<String> keys = new HashSet<>();
    final Map<String, Object> defaults = new LinkedHashMap<>();
    final Set<String> placeholders = new HashSet<>();
    final Set<String> requiredPlaceholders = new HashSet<>();
    final Set<String> profiles = new HashSet<>();

    static AppConfiguration of(Path applicationYml) throws IOException {
        AppConfiguration configuration = new AppConfiguration();
        String text = Files.readString(applicationYml);
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            configuration.placeholders.add(matcher.group(1));
            if (matcher.group(2).isEmpty()) {
                configuration.requiredPlaceholders.add(matcher.group(1));
            }
        }
        boolean first = true;
        for (Object document : new Yaml().loadAll(text)) {
            if (document instanceof Map<?, ?> map) {
                configuration.flatten("", map, first);
            }
            first = false;
        }
        return configuration;
    }

    /** Whether an environment variable maps, by Spring's relaxed binding, onto a key of this configuration. */
    boolean bindsEnvironmentVariable(String name) {
        String relaxed = name.toLowerCase().replace('_', '.');
        return keys.stream()
                .anyMatch(key -> key.replace("-", "").replace('_', '.').equals(relaxed.replace("-", "")));
    }

    /** The default of a key in the main document, with a {@code ${VAR:default}} placeholder resolved to its default. */
    String defaultOf(String key) {
        Object value = defaults.get(key);
        if (value == null) {
            return null;
        }
        String text = value.toString();
        Matcher placeholder = Pattern.compile("^\\$\\{[A-Z0-9_]+:(.*)}$").matcher(text);
        return placeholder.matches() ? placeholder.group(1) : text;
    }

    private void flatten(String prefix, Map<?, ?> map, boolean mainDocument) {
        for (var entry : map.entrySet()) {
            String key = prefix.isEmpty() ? entry.getKey().toString() : prefix + "." + entry.getKey();
            if (key.equals("spring.config.activate.on-profile")) {
                profiles.add(entry.getValue().toString());
            }
            if (entry.getValue() instanceof Map<?, ?> nested) {
                flatten(key, nested, mainDocument);
            } else {
                keys.add(key);
                if (mainDocument && !(entry.getValue() instanceof List<?>)) {
                    defaults.put(key, entry.getValue());
                }
            }
        }
    }
}
