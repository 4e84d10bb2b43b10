package kz.emocare.hub.support;

import com.jayway.jsonpath.JsonPath;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes request bodies as JSON and reads MockMvc response bodies as UTF-8 JSON (the servlet default, ISO-8859-1,
 * would garble Kazakh letters).
 */
public final class JsonBodies {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonBodies() {}

    public static String text(MvcResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The value as JSON, e.g. a {@code Map.of(...)} request body. */
    public static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** The value at a JSON path, e.g. {@code $.id}. */
    public static <T> T read(MvcResult result, String path) {
        return JsonPath.read(text(result), path);
    }
}
