package kz.emocare.contracts.content;

import java.time.Instant;
import java.util.List;

/**
 * A wellbeing lesson.
 *
 * @param id stable id, e.g. {@code bl-00042}
 * @param title the title in every language
 * @param language the language the lesson is taught in ({@code kk}, {@code ru} or {@code en})
 * @param topics topic tags, see {@link ContentPlatformApi#TOPICS}
 * @param ageBand "min-max" years, see {@link ContentPlatformApi#AGE_BANDS}
 * @param revision increases with every change of the lesson
 */
public record Lesson(
        String id,
        LocalizedText title,
        String language,
        List<String> topics,
        String ageBand,
        String url,
        int durationMinutes,
        int revision,
        Instant updatedAt) {}
