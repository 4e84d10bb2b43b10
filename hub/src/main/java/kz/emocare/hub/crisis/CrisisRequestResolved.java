package kz.emocare.hub.crisis;

import java.time.Instant;
import java.util.UUID;

/**
 * Published when a crisis request is resolved.
 *
 * @param psychologistId who resolved it, or {@code null} when the hub closed it on the person's erasure
 */
public record CrisisRequestResolved(
        UUID requestId, UUID personId, UUID psychologistId, CrisisOutcome outcome, Instant resolvedAt) {}
