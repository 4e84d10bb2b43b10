package kz.emocare.contracts.content;

import java.time.Instant;
import java.util.UUID;

/** The platform's acknowledgement of a completion; the same on a repeated submission. */
public record LessonCompletionReceipt(UUID completionId, String lessonId, Instant receivedAt, String status) {

    public static final String RECORDED = "RECORDED";
}
