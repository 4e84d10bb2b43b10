package kz.emocare.contracts.simulator.fault;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Reads fault settings by long or short name and refuses names it does not know. */
final class FaultSettingsReader {

    private final Map<String, ?> values;
    private final Set<String> used = new HashSet<>();

    FaultSettingsReader(Map<String, ?> values) {
        this.values = values;
    }

    long longValue(long fallback, String... names) {
        Object value = find(names);
        if (value == null) {
            return fallback;
        }
        try {
            return value instanceof Number number ? number.longValue() : Long.parseLong(value.toString());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(names[0] + " must be a whole number");
        }
    }

    double rate(double fallback, String... names) {
        Object value = find(names);
        if (value == null) {
            return fallback;
        }
        try {
            return value instanceof Number number ? number.doubleValue() : Double.parseDouble(value.toString());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(names[0] + " must be a number between 0 and 1");
        }
    }

    void requireAllUsed() {
        Set<String> unknown = new HashSet<>(values.keySet());
        unknown.removeAll(used);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown fault settings: " + unknown);
        }
    }

    private Object find(String... names) {
        for (String name : names) {
            if (values.containsKey(name)) {
                used.add(name);
                return values.get(name);
            }
        }
        return null;
    }
}
