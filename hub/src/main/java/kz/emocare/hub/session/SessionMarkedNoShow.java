package kz.emocare.hub.session;

import java.util.UUID;

/** The psychologist marked that the user did not come to a session. */
public record SessionMarkedNoShow(UUID sessionId, UUID clientId, UUID psychologistId) {}
