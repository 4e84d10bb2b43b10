package kz.emocare.contracts.simulator;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Reads named options as text or numbers and refuses names nobody asked for (typos). */
final class OptionReader {

    private final Map<String, String> values;
    private final Set<String> used = new HashSet<>();

    OptionReader(Map<String, String> values) {
        this.values = values;
    }

    String text(String name, String fallback) {
        used.add(name);
        return values.getOrDefault(name, fallback);
    }

    int integer(String name, int fallback) {
        String value = text(name, null);
        try {
            return value == null ? fallback : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number");
        }
    }

    long longValue(String name, long fallback) {
        String value = text(name, null);
        try {
            return value == null ? fallback : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number");
        }
    }

    double decimal(String name, double fallback) {
        String value = text(name, null);
        try {
            return value == null ? fallback : Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number");
        }
    }

    void requireAllUsed() {
        Set<String> unknown = new HashSet<>(values.keySet());
        unknown.removeAll(used);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown options: " + unknown);
        }
    }
}
