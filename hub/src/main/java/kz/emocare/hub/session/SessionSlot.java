package kz.emocare.hub.session;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import kz.emocare.hub.platform.ConflictException;

/**
 * A time a psychologist offers for a session. Its version makes booking a compare-and-set: of two bookings racing for
 * one slot, the second finds the version moved and fails.
 */
@Entity
@Table(name = "therapy_slot")
public class SessionSlot {

    /** Shortest and longest slot, in minutes. */
    public static final int SHORTEST_MINUTES = 15;

    public static final int LONGEST_MINUTES = 180;

    @Id
    private UUID id;

    private UUID psychologistId;
    private Instant startsAt;
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    private SlotStatus status;

    private Instant publishedAt;

    @Version
    private long version;

    protected SessionSlot() {}

    SessionSlot(UUID psychologistId, Instant startsAt, Duration duration, Instant now) {
        long minutes = duration.toMinutes();
        if (minutes < SHORTEST_MINUTES || minutes > LONGEST_MINUTES) {
            throw new IllegalArgumentException("a slot lasts " + SHORTEST_MINUTES + " to " + LONGEST_MINUTES + " min");
        }
        this.id = UUID.randomUUID();
        this.psychologistId = psychologistId;
        this.startsAt = startsAt;
        this.endsAt = startsAt.plus(duration);
        this.status = SlotStatus.OPEN;
        this.publishedAt = now;
    }

    /** Takes the slot for a booking. */
    void book() {
        if (status != SlotStatus.OPEN) {
            throw new ConflictException(
                    status == SlotStatus.BOOKED ? "slot-taken" : "slot-withdrawn",
                    status == SlotStatus.BOOKED
                            ? "This slot is already booked; choose another."
                            : "The psychologist has withdrawn this slot; choose another.");
        }
        status = SlotStatus.BOOKED;
    }

    /** Frees the slot again after the user cancelled its session (in good time, so it lies in the future). */
    void reopen() {
        if (status == SlotStatus.BOOKED) {
            status = SlotStatus.OPEN;
        }
    }

    /** The psychologist takes back a slot nobody has booked. */
    void withdraw() {
        if (status == SlotStatus.BOOKED) {
            throw new ConflictException(
                    "slot-booked", "This slot is booked; cancel its session instead, giving the user a reason.");
        }
        status = SlotStatus.WITHDRAWN;
    }

    /** Takes back the slot whatever its state: its session was cancelled by the psychologist or the hub. */
    void withdrawForGood() {
        status = SlotStatus.WITHDRAWN;
    }

    public UUID id() {
        return id;
    }

    public UUID psychologistId() {
        return psychologistId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public Duration duration() {
        return Duration.between(startsAt, endsAt);
    }

    public SlotStatus status() {
        return status;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
