package kz.emocare.hub.session;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/**
 * One psychologist's calendar. Publishing a slot bumps its version, so two slots published at the same moment cannot
 * both pass the overlap check: the second commit fails and is asked to try again.
 */
@Entity
@Table(name = "therapy_calendar")
class SessionCalendar {

    @Id
    private UUID psychologistId;

    private long publishedSlots;

    @Version
    private long version;

    protected SessionCalendar() {}

    SessionCalendar(UUID psychologistId) {
        this.psychologistId = psychologistId;
    }

    void recordPublication() {
        publishedSlots++;
    }
}
