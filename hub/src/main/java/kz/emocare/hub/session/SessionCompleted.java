package kz.emocare.hub.session;

import java.util.UUID;

/** The psychologist marked a session as held. */
public record SessionCompleted(UUID sessionId, UUID clientId, UUID psychologistId) {}
