package kz.emocare.hub.session;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import kz.emocare.hub.platform.InvalidRequestException;
import kz.emocare.hub.platform.crypto.EncryptedString;

/**
 * A booked session between a user (the client) and a psychologist, in one slot. It is SCHEDULED until exactly one
 * outcome: CANCELLED (by the user in good time, by the psychologist at any time, or by the hub), COMPLETED or NO_SHOW
 * (marked by the psychologist once it has started). Any other change is refused with a 409.
 *
 * <p>{@code activeSlotId} holds the slot id while the booking holds the slot and is cleared on cancellation; a unique
 * constraint on it keeps a slot from being booked twice even if two bookings commit at once.
 */
@Entity
@Table(name = "therapy_session")
public class TherapySession {

    /** Longest cancellation reason, in characters. */
    public static final int MAX_REASON_LENGTH = 500;

    @Id
    private UUID id;

    private UUID slotId;
    private UUID activeSlotId;
    private UUID clientId;
    private UUID psychologistId;
    private Instant startsAt;
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    private SessionStatus status;

    private String meetingUrl;
    private Instant bookedAt;

    @Enumerated(EnumType.STRING)
    private CancelledBy cancelledBy;

    @Column(name = "cancellation_reason_cipher")
    @Convert(converter = EncryptedString.class)
    private String cancellationReason;

    private Instant closedAt;

    @Version
    private long version;

    protected TherapySession() {}

    TherapySession(SessionSlot slot, UUID clientId, String meetingUrl, Instant now) {
        this.id = UUID.randomUUID();
        this.slotId = slot.id();
        this.activeSlotId = slot.id();
        this.clientId = clientId;
        this.psychologistId = slot.psychologistId();
        this.startsAt = slot.startsAt();
        this.endsAt = slot.endsAt();
        this.status = SessionStatus.SCHEDULED;
        this.meetingUrl = meetingUrl;
        this.bookedAt = now;
    }

    /** The user cancels; only while the session is at least {@code notice} away. */
    void cancelByClient(String reason, Instant now, Duration notice) {
        requireScheduled("cancelled");
        if (now.isAfter(startsAt.minus(notice))) {
            throw new ConflictException(
                    "cancellation-notice-too-short",
                    "Users can cancel a session up to " + notice.toHours() + " hours before it starts, and this one"
                            + " starts sooner. Ask your psychologist, who can cancel at any time.");
        }
        cancel(CancelledBy.CLIENT, reason, now);
    }

    /** The psychologist cancels, at any time, saying why. */
    void cancelByPsychologist(String reason, Instant now) {
        requireScheduled("cancelled");
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException(
                    "cancellation-reason-required", "A psychologist cancelling a session must give the user a reason.");
        }
        cancel(CancelledBy.PSYCHOLOGIST, reason, now);
    }

    /** The hub cancels because a participant erased their account. */
    void cancelBySystem(Instant now) {
        requireScheduled("cancelled");
        cancel(CancelledBy.SYSTEM, null, now);
    }

    /** The psychologist marks the session as held, once it has started. */
    void complete(Instant now) {
        requireScheduled("completed");
        requireStarted(now);
        status = SessionStatus.COMPLETED;
        closedAt = now;
    }

    /** The psychologist marks that the user did not come, once the session has started. */
    void markNoShow(Instant now) {
        requireScheduled("marked as no-show");
        requireStarted(now);
        status = SessionStatus.NO_SHOW;
        closedAt = now;
    }

    /** Removes the free text; the times and the outcome stay for the counts of held sessions and no-shows. */
    void anonymise() {
        cancellationReason = null;
        meetingUrl = null;
    }

    /** The last moment the user may cancel. */
    public Instant cancellableByClientUntil(Duration notice) {
        return startsAt.minus(notice);
    }

    public boolean hasParticipant(UUID personId) {
        return clientId.equals(personId) || psychologistId.equals(personId);
    }

    private void cancel(CancelledBy by, String reason, Instant now) {
        status = SessionStatus.CANCELLED;
        cancelledBy = by;
        cancellationReason = reason == null || reason.isBlank() ? null : reason;
        activeSlotId = null;
        meetingUrl = null;
        closedAt = now;
    }

    private void requireScheduled(String change) {
        if (status != SessionStatus.SCHEDULED) {
            throw new ConflictException(
                    "illegal-session-transition",
                    "This session is " + status + " and cannot be " + change + "; only a SCHEDULED session changes"
                            + " state.");
        }
    }

    private void requireStarted(Instant now) {
        if (now.isBefore(startsAt)) {
            throw new ConflictException(
                    "session-not-started", "A session is marked completed or no-show only once it has started.");
        }
    }

    public UUID id() {
        return id;
    }

    public UUID slotId() {
        return slotId;
    }

    public UUID clientId() {
        return clientId;
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

    public SessionStatus status() {
        return status;
    }

    /** The video room, or {@code null} once the session is cancelled. */
    public String meetingUrl() {
        return meetingUrl;
    }

    public Instant bookedAt() {
        return bookedAt;
    }

    public CancelledBy cancelledBy() {
        return cancelledBy;
    }

    public String cancellationReason() {
        return cancellationReason;
    }

    /** When the session was cancelled, completed or marked as no-show. */
    public Instant closedAt() {
        return closedAt;
    }
}
