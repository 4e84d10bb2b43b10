package kz.emocare.contracts.content;

import java.util.List;

/** Names and limits of the content platform's API. */
public final class ContentPlatformApi {

    public static final String OPENAPI_RESOURCE = "contracts/content-platform.openapi.yaml";

    /** Header carrying the partner's API key. */
    public static final String API_KEY_HEADER = "X-Api-Key";

    /** The key the simulator accepts by default. */
    public static final String DEMO_API_KEY = "emocare-content-key";

    /** Change feed: {@code cursor} (opaque, from {@code nextCursor}) or {@code since} (ISO instant), {@code limit}. */
    public static final String CHANGES_PATH = "/api/v1/lessons/changes";

    public static final String LESSON_PATH = "/api/v1/lessons/{id}";
    public static final String COMPLETIONS_PATH = "/api/v1/completions";
    public static final String COMPLETION_PATH = "/api/v1/completions/{id}";

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAXIMUM_LIMIT = 500;

    /** Topic tags of lessons. */
    public static final List<String> TOPICS =
            List.of("anxiety", "stress", "sleep", "bullying", "mood", "self-esteem", "loneliness");

    /** Languages lessons are taught in. */
    public static final List<String> LANGUAGES = List.of("kk", "ru", "en");

    /** Age bands, as "min-max" years. */
    public static final List<String> AGE_BANDS = List.of("7-10", "11-14", "15-18", "18-99");

    private ContentPlatformApi() {}
}
