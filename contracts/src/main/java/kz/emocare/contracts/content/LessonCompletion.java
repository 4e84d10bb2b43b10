package kz.emocare.contracts.content;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code POST /api/v1/completions}: a learner finished a lesson. Idempotent on {@code completionId}: the same
 * completion again is acknowledged, not counted twice.
 *
 * @param learnerRef a pseudonymous reference to the learner (never a name or an IIN)
 * @param progressPercent how much of the lesson was done, 0–100
 */
public record LessonCompletion(
        UUID completionId, String lessonId, String learnerRef, Instant completedAt, int progressPercent) {}
