package kz.emocare.contracts.simulator.content;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import kz.emocare.contracts.content.ContentPlatformApi;
import kz.emocare.contracts.content.Lesson;
import kz.emocare.contracts.simulator.population.Seeds;

/**
 * The synthetic lessons: lesson {@code n} (0-based) has id {@code bl-<n+1>}, one or two topics, a language and an
 * age band drawn from the seed. Lessons exist at revisions; revision 0 was published at the catalogue's start.
 */
final class LessonCatalog {

    static final Instant PUBLISHED = Instant.parse("2025-08-15T06:00:00Z");
    private static final int[] DURATIONS = {5, 8, 10, 12, 15, 20};

    private final long seed;
    private final Supplier<String> baseUrl;

    /**
     * @param baseUrl the simulator's {@code http://localhost:port}, known once the server has started
     */
    LessonCatalog(long seed, Supplier<String> baseUrl) {
        this.seed = seed;
        this.baseUrl = baseUrl;
    }

    static String id(int number) {
        return "bl-%05d".formatted(number + 1);
    }

    /** The lesson number of an id, or -1. */
    static int number(String id) {
        return id != null && id.matches("bl-\\d{5}") ? Integer.parseInt(id.substring(3)) - 1 : -1;
    }

    /** Revision 0 appears at {@code PUBLISHED + number} seconds, in catalogue order. */
    static Instant initialPublication(int number) {
        return PUBLISHED.plus(Duration.ofSeconds(number));
    }

    Lesson lesson(int number, int revision, Instant updatedAt) {
        List<String> topics = topics(number);
        String language = ContentPlatformApi.LANGUAGES.get(weightedLanguage(number));
        String ageBand =
                ContentPlatformApi.AGE_BANDS.get(Seeds.below(ContentPlatformApi.AGE_BANDS.size(), seed, number, 703));
        return new Lesson(
                id(number),
                LessonTitles.title(topics.get(0), number + 1, revision),
                language,
                topics,
                ageBand,
                baseUrl.get() + "/content/lessons/" + id(number),
                DURATIONS[Seeds.below(DURATIONS.length, seed, number, 704)],
                revision,
                updatedAt);
    }

    private List<String> topics(int number) {
        List<String> all = ContentPlatformApi.TOPICS;
        int first = Seeds.below(all.size(), seed, number, 701);
        List<String> topics = new ArrayList<>(List.of(all.get(first)));
        int second = Seeds.below(all.size() * 2, seed, number, 702);
        if (second < all.size() && second != first) {
            topics.add(all.get(second));
        }
        return topics;
    }

    private int weightedLanguage(int number) {
        int draw = Seeds.below(10, seed, number, 705);
        return draw < 5 ? 0 : draw < 9 ? 1 : 2;
    }
}
