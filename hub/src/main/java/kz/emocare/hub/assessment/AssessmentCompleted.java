package kz.emocare.hub.assessment;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Published inside the transaction that stored a scored result, so that the connectors (push to the medical system
 * under consent), reports and recommendations follow it atomically. Carries no answers.
 *
 * @param crisisRequestId the crisis request a positive safety item opened or joined, or {@code null}
 */
public record AssessmentCompleted(
        UUID assessmentId,
        UUID personId,
        String instrument,
        int score,
        String band,
        Set<AssessmentFlag> flags,
        AssessmentSource source,
        Instant completedAt,
        UUID crisisRequestId) {

    public AssessmentCompleted {
        flags = Set.copyOf(flags);
    }
}
