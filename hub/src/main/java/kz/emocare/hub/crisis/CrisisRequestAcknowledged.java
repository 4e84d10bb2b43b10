package kz.emocare.hub.crisis;

import java.time.Instant;
import java.util.UUID;

/** Published when a psychologist acknowledges a crisis request; carries the time to acknowledgement for reports. */
public record CrisisRequestAcknowledged(
        UUID requestId, UUID personId, UUID psychologistId, Instant acknowledgedAt, long secondsToAcknowledge) {}
