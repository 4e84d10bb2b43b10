package kz.emocare.hub.session;

import java.util.UUID;

/** A user booked a session; published inside the booking transaction. */
public record SessionBooked(UUID sessionId, UUID clientId, UUID psychologistId) {}
