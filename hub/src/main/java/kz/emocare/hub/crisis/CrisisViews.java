package kz.emocare.hub.crisis;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.emocare.hub.person.Person;

/**
 * How the API shows crisis requests: to the person who asked (with the help lines when they ask), and to the staff
 * who help. The psychologist's outcome note is shown to psychologists only; the person gets it in their data export.
 */
final class CrisisViews {

    private CrisisViews() {}

    /** A request as its person sees it. */
    record OwnView(
            UUID id,
            CrisisSource source,
            UUID assessmentId,
            CrisisState state,
            String message,
            boolean callBackRequested,
            String callBackPhone,
            Instant openedAt,
            Instant acknowledgedAt,
            Instant resolvedAt,
            CrisisOutcome outcome) {

        static OwnView of(CrisisRequest request) {
            return new OwnView(
                    request.id(),
                    request.source(),
                    request.assessmentId(),
                    request.state(),
                    request.message(),
                    request.callBackRequested(),
                    request.callBackPhone(),
                    request.openedAt(),
                    request.acknowledgedAt(),
                    request.resolvedAt(),
                    request.outcome());
        }
    }

    /**
     * The answer to the help button: the request, whether this press opened it or joined the active one, and the help
     * lines to call right now.
     */
    record HelpAnswer(OwnView request, boolean alreadyOpen, List<HelpLines.HelpLine> helpLines) {}

    /** A request as a psychologist or volunteer sees it in the queue. */
    record StaffView(
            UUID id,
            UUID personId,
            String personName,
            String personLanguage,
            CrisisSource source,
            UUID assessmentId,
            CrisisState state,
            String message,
            boolean callBackRequested,
            String callBackPhone,
            UUID assignedPsychologistId,
            Instant openedAt,
            Long waitingSeconds,
            int signalCount,
            Instant lastSignalAt,
            Instant acknowledgedAt,
            UUID acknowledgedBy,
            Long secondsToAcknowledge,
            Instant resolvedAt,
            UUID resolvedBy,
            CrisisOutcome outcome,
            String outcomeNote) {

        static StaffView of(CrisisRequest request, Person person, boolean withOutcomeNote, Instant now) {
            return new StaffView(
                    request.id(),
                    request.personId(),
                    person == null ? null : person.displayName(),
                    person == null ? null : person.language().code(),
                    request.source(),
                    request.assessmentId(),
                    request.state(),
                    request.message(),
                    request.callBackRequested(),
                    request.callBackPhone(),
                    request.assignedPsychologistId(),
                    request.openedAt(),
                    request.waitingSeconds(now),
                    request.signalCount(),
                    request.lastSignalAt(),
                    request.acknowledgedAt(),
                    request.acknowledgedBy(),
                    request.secondsToAcknowledge(),
                    request.resolvedAt(),
                    request.resolvedBy(),
                    request.outcome(),
                    withOutcomeNote ? request.outcomeNote() : null);
        }
    }
}
