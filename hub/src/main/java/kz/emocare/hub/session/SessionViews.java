package kz.emocare.hub.session;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import kz.emocare.hub.person.People;
import kz.emocare.hub.person.Person;

/** How the API shows slots and sessions. */
final class SessionViews {

    private SessionViews() {}

    record SlotView(
            UUID id,
            UUID psychologistId,
            String psychologistName,
            Instant startsAt,
            Instant endsAt,
            long durationMinutes,
            SlotStatus status) {}

    /**
     * A session, shown to its two participants only.
     *
     * @param meetingUrl the video room; absent once cancelled
     * @param cancellableByClientUntil the last moment the user may cancel (the psychologist may cancel at any time)
     */
    record SessionView(
            UUID id,
            UUID slotId,
            UUID clientId,
            String clientName,
            UUID psychologistId,
            String psychologistName,
            Instant startsAt,
            Instant endsAt,
            SessionStatus status,
            String meetingUrl,
            Instant bookedAt,
            Instant cancellableByClientUntil,
            CancelledBy cancelledBy,
            String cancellationReason,
            Instant closedAt) {}

    /** Builds views, looking each person's name up once per request. */
    static final class Builder {

        private final People people;
        private final TherapySessions sessions;
        private final Map<UUID, String> names = new HashMap<>();

        Builder(People people, TherapySessions sessions) {
            this.people = people;
            this.sessions = sessions;
        }

        SlotView slot(SessionSlot slot) {
            return new SlotView(
                    slot.id(),
                    slot.psychologistId(),
                    name(slot.psychologistId()),
                    slot.startsAt(),
                    slot.endsAt(),
                    slot.duration().toMinutes(),
                    slot.status());
        }

        SessionView session(TherapySession session) {
            return new SessionView(
                    session.id(),
                    session.slotId(),
                    session.clientId(),
                    name(session.clientId()),
                    session.psychologistId(),
                    name(session.psychologistId()),
                    session.startsAt(),
                    session.endsAt(),
                    session.status(),
                    session.meetingUrl(),
                    session.bookedAt(),
                    sessions.cancellableByClientUntil(session),
                    session.cancelledBy(),
                    session.cancellationReason(),
                    session.closedAt());
        }

        private String name(UUID personId) {
            return names.computeIfAbsent(
                    personId, id -> people.find(id).map(Person::displayName).orElse(null));
        }
    }
}
