package kz.emocare.hub.crisis;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import kz.emocare.hub.platform.ConflictException;
import kz.emocare.hub.platform.ForbiddenException;
import kz.emocare.hub.platform.crypto.EncryptedString;

/**
 * A person's request for help and its way through the psychologists' hands: OPEN, then ACKNOWLEDGED (a psychologist
 * took it; the time to acknowledgement is kept), then RESOLVED with an outcome. It never moves back, and resolving
 * needs an acknowledgement first so that the time to acknowledgement is always an honest figure. While active it
 * occupies the person's single active slot ({@code activePersonId}), which the database keeps unique.
 */
@Entity
class CrisisRequest {

    /** The most message text kept over all presses of the help button (one press allows {@code 500}). */
    static final int MESSAGES_LIMIT = 1_000;

    @Id
    private UUID id;

    private UUID personId;
    private UUID activePersonId;

    @Enumerated(EnumType.STRING)
    private CrisisSource source;

    private UUID assessmentId;

    @Column(name = "message_cipher")
    @Convert(converter = EncryptedString.class)
    private String message;

    private boolean callBackRequested;

    @Column(name = "call_back_phone_cipher")
    @Convert(converter = EncryptedString.class)
    private String callBackPhone;

    @Enumerated(EnumType.STRING)
    private CrisisState state;

    private UUID assignedPsychologistId;
    private Instant openedAt;
    private Instant lastSignalAt;
    private int signalCount;
    private Instant acknowledgedAt;
    private UUID acknowledgedBy;
    private Long secondsToAcknowledge;
    private Instant resolvedAt;
    private UUID resolvedBy;

    @Enumerated(EnumType.STRING)
    private CrisisOutcome outcome;

    @Column(name = "outcome_note_cipher")
    @Convert(converter = EncryptedString.class)
    private String outcomeNote;

    @Version
    private long version;

    protected CrisisRequest() {}

    private CrisisRequest(UUID personId, CrisisSource source, UUID psychologistId, Instant now) {
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.activePersonId = personId;
        this.source = source;
        this.state = CrisisState.OPEN;
        this.assignedPsychologistId = psychologistId;
        this.openedAt = now;
        this.lastSignalAt = now;
        this.signalCount = 1;
    }

    /** A request from the help button. */
    static CrisisRequest fromHelpButton(UUID personId, HelpRequest help, UUID psychologistId, Instant now) {
        CrisisRequest request = new CrisisRequest(personId, CrisisSource.HELP_BUTTON, psychologistId, now);
        request.takeDetails(help);
        return request;
    }

    /** A request opened by a screening that flagged a risk. */
    static CrisisRequest fromScreening(UUID personId, UUID assessmentId, UUID psychologistId, Instant now) {
        CrisisRequest request = new CrisisRequest(personId, CrisisSource.SCREENING, psychologistId, now);
        request.assessmentId = assessmentId;
        return request;
    }

    /** The person pressed the help button again while this request is active: keep what they add. */
    void signalAgain(HelpRequest help, Instant now) {
        takeDetails(help);
        signal(now);
    }

    /** Another screening flagged a risk while this request is active. */
    void signalAgain(UUID screeningAssessmentId, Instant now) {
        if (assessmentId == null) {
            assessmentId = screeningAssessmentId;
        }
        signal(now);
    }

    /** A psychologist acknowledges the request and thereby takes it, even if it was waiting for a colleague. */
    void acknowledge(UUID psychologistId, Instant now) {
        if (state != CrisisState.OPEN) {
            throw new ConflictException(
                    "illegal-transition", "Only an open request can be acknowledged; it is " + state + ".");
        }
        state = CrisisState.ACKNOWLEDGED;
        assignedPsychologistId = psychologistId;
        acknowledgedBy = psychologistId;
        acknowledgedAt = now;
        secondsToAcknowledge = Math.max(0, Duration.between(openedAt, now).toSeconds());
    }

    /** The psychologist who took the request resolves it. */
    void resolve(UUID psychologistId, CrisisOutcome result, String note, Instant now) {
        if (state != CrisisState.ACKNOWLEDGED) {
            throw new ConflictException(
                    "illegal-transition",
                    state == CrisisState.OPEN
                            ? "Acknowledge the request before resolving it."
                            : "The request is already resolved.");
        }
        if (!psychologistId.equals(assignedPsychologistId)) {
            throw new ForbiddenException("Only the psychologist who took the request can resolve it.");
        }
        close(result, now);
        resolvedBy = psychologistId;
        outcomeNote = note;
    }

    /**
     * Removes every free text (message, call-back number, outcome note) and closes an active request with
     * {@link CrisisOutcome#ACCOUNT_ERASED}. States and times stay, so counts and times to acknowledgement in reports
     * do not change when a person leaves. Returns whether an active request was closed.
     */
    boolean eraseContent(Instant now) {
        boolean wasActive = state.active();
        if (wasActive) {
            close(CrisisOutcome.ACCOUNT_ERASED, now);
        }
        message = null;
        callBackPhone = null;
        outcomeNote = null;
        return wasActive;
    }

    private void close(CrisisOutcome result, Instant now) {
        state = CrisisState.RESOLVED;
        activePersonId = null;
        outcome = result;
        resolvedAt = now;
    }

    private void takeDetails(HelpRequest help) {
        if (help.message() != null && !help.message().isBlank()) {
            message = message == null ? help.message() : keepNewest(message + "\n---\n" + help.message());
        }
        if (help.callBack()) {
            callBackRequested = true;
        }
        if (help.callBackPhone() != null && !help.callBackPhone().isBlank()) {
            callBackPhone = help.callBackPhone();
        }
    }

    /** Several presses add up; past the limit the oldest words go, since the newest say how the person is now. */
    private static String keepNewest(String messages) {
        if (messages.length() <= MESSAGES_LIMIT) {
            return messages;
        }
        int start = messages.length() - MESSAGES_LIMIT;
        if (Character.isLowSurrogate(messages.charAt(start))) {
            start++;
        }
        return messages.substring(start);
    }

    private void signal(Instant now) {
        signalCount++;
        lastSignalAt = now;
    }

    /** Seconds the person has waited for a psychologist: until the acknowledgement, or until now while open. */
    Long waitingSeconds(Instant now) {
        if (state == CrisisState.OPEN) {
            return Math.max(0, Duration.between(openedAt, now).toSeconds());
        }
        return secondsToAcknowledge;
    }

    UUID id() {
        return id;
    }

    UUID personId() {
        return personId;
    }

    CrisisSource source() {
        return source;
    }

    UUID assessmentId() {
        return assessmentId;
    }

    String message() {
        return message;
    }

    boolean callBackRequested() {
        return callBackRequested;
    }

    String callBackPhone() {
        return callBackPhone;
    }

    CrisisState state() {
        return state;
    }

    UUID assignedPsychologistId() {
        return assignedPsychologistId;
    }

    Instant openedAt() {
        return openedAt;
    }

    Instant lastSignalAt() {
        return lastSignalAt;
    }

    int signalCount() {
        return signalCount;
    }

    Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    UUID acknowledgedBy() {
        return acknowledgedBy;
    }

    Long secondsToAcknowledge() {
        return secondsToAcknowledge;
    }

    Instant resolvedAt() {
        return resolvedAt;
    }

    UUID resolvedBy() {
        return resolvedBy;
    }

    CrisisOutcome outcome() {
        return outcome;
    }

    String outcomeNote() {
        return outcomeNote;
    }

    /**
     * What a person adds when pressing the help button.
     *
     * @param message a short message in their own words, or {@code null}
     * @param callBack whether they want a psychologist to call them back
     * @param callBackPhone where to call, or {@code null}
     */
    record HelpRequest(String message, boolean callBack, String callBackPhone) {

        static final HelpRequest NONE = new HelpRequest(null, false, null);
    }
}
