package kz.emocare.hub.crisis;

import java.time.Instant;
import java.util.UUID;

/**
 * Published inside the transaction that opened a crisis request, so that notifications (the psychologists' queue
 * pages) and reports follow it.
 *
 * @param assessmentId the screening that opened it, or {@code null} for the help button
 * @param assignedPsychologistId the person's own psychologist, or {@code null} when it waits in the shared queue
 */
public record CrisisRequestOpened(
        UUID requestId,
        UUID personId,
        CrisisSource source,
        UUID assessmentId,
        UUID assignedPsychologistId,
        Instant openedAt) {}
