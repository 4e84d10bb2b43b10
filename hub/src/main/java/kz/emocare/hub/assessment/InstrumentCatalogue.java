package kz.emocare.hub.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.emocare.hub.platform.InvalidRequestException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The self-test instruments, read once at start-up from {@code classpath:instruments/*.json} into an immutable
 * catalogue. Adding an instrument is adding a file; a file that does not describe a consistent instrument stops the
 * start-up with its name.
 */
@Component
public class InstrumentCatalogue {

    static final String LOCATION = "classpath*:instruments/*.json";

    private final Map<String, Instrument> byCode;

    InstrumentCatalogue() {
        this(LOCATION);
    }

    InstrumentCatalogue(String location) {
        JsonMapper json = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
        this.byCode = resources(location).stream()
                .map(resource -> read(json, resource))
                .collect(Collectors.toUnmodifiableMap(instrument -> key(instrument.code()), Function.identity()));
    }

    /** Every instrument, by code. */
    public List<Instrument> all() {
        return byCode.values().stream()
                .sorted(Comparator.comparing(Instrument::code))
                .toList();
    }

    /** The instrument with this code (any case), if known. */
    public Optional<Instrument> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(key(code)));
    }

    /** The instrument with this code, or a 422 problem naming the known ones. */
    public Instrument get(String code) {
        return find(code)
                .orElseThrow(() -> new InvalidRequestException(
                        "unknown-instrument",
                        "Unknown instrument; known: "
                                + all().stream().map(Instrument::code).collect(Collectors.joining(", ")) + "."));
    }

    private static String key(String code) {
        return code.toUpperCase(Locale.ROOT);
    }

    private static List<Resource> resources(String location) {
        try {
            List<Resource> found = List.of(new PathMatchingResourcePatternResolver().getResources(location));
            if (found.isEmpty()) {
                throw new IllegalStateException("no instruments at " + location);
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list instruments at " + location, e);
        }
    }

    private static Instrument read(JsonMapper json, Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return json.readValue(in, Instrument.class);
        } catch (IOException | JacksonException | IllegalArgumentException e) {
            throw new IllegalStateException("instrument file " + resource.getFilename() + " is invalid", e);
        }
    }
}
