package kz.emocare.hub.session;

import java.util.UUID;

/** A scheduled session was cancelled; published inside the cancelling transaction. */
public record SessionCancelled(UUID sessionId, UUID clientId, UUID psychologistId, CancelledBy cancelledBy) {}
