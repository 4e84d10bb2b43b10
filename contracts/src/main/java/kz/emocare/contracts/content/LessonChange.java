package kz.emocare.contracts.content;

import java.time.Instant;

/**
 * One entry of the change feed. Apply entries in order: an {@code UPSERT} carries the lesson as it was after that
 * change; a {@code DELETE} carries only the id.
 *
 * @param sequence position in the feed (strictly increasing)
 * @param type {@code UPSERT} or {@code DELETE}
 */
public record LessonChange(long sequence, String type, String lessonId, Lesson lesson, Instant changedAt) {

    public static final String UPSERT = "UPSERT";
    public static final String DELETE = "DELETE";
}
