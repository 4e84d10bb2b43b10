package kz.emocare.hub.session;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.emocare.hub.person.PersonalDataSection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's slots and sessions in an export. On erasure, future sessions are cancelled and free text removed; the
 * rows stay, pointing at the pseudonymised person, so that reports of sessions held and no-shows keep their counts.
 */
@Component
class SessionDataSection implements PersonalDataSection {

    private final TherapySessions sessions;

    SessionDataSection(TherapySessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public String name() {
        return "therapySessions";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(UUID personId) {
        TherapySessions.PersonSchedule schedule = sessions.everythingOf(personId);
        return new ExportedSchedule(
                schedule.slots().stream().map(ExportedSlot::of).toList(),
                schedule.sessions().stream()
                        .map(session -> ExportedSession.of(session, personId))
                        .toList());
    }

    @Override
    public void erase(UUID personId) {
        sessions.erase(personId);
    }

    record ExportedSchedule(List<ExportedSlot> publishedSlots, List<ExportedSession> sessions) {}

    record ExportedSlot(UUID id, Instant startsAt, Instant endsAt, SlotStatus status) {

        static ExportedSlot of(SessionSlot slot) {
            return new ExportedSlot(slot.id(), slot.startsAt(), slot.endsAt(), slot.status());
        }
    }

    /** @param role {@code client} or {@code psychologist}: my part in the session */
    record ExportedSession(
            UUID id,
            String role,
            UUID clientId,
            UUID psychologistId,
            Instant startsAt,
            Instant endsAt,
            SessionStatus status,
            String meetingUrl,
            CancelledBy cancelledBy,
            String cancellationReason,
            Instant bookedAt) {

        static ExportedSession of(TherapySession session, UUID personId) {
            return new ExportedSession(
                    session.id(),
                    session.clientId().equals(personId) ? "client" : "psychologist",
                    session.clientId(),
                    session.psychologistId(),
                    session.startsAt(),
                    session.endsAt(),
                    session.status(),
                    session.meetingUrl(),
                    session.cancelledBy(),
                    session.cancellationReason(),
                    session.bookedAt());
        }
    }
}
