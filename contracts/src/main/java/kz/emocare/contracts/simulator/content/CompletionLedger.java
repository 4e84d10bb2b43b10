package kz.emocare.contracts.simulator.content;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import kz.emocare.contracts.content.LessonCompletion;
import kz.emocare.contracts.content.LessonCompletionReceipt;

/** Recorded completions, idempotent on the completion id. */
final class CompletionLedger {

    private final Clock clock;
    private final Map<UUID, Recorded> completions = new ConcurrentHashMap<>();

    CompletionLedger(Clock clock) {
        this.clock = clock;
    }

    /** Records a completion; the answer says whether it was new and carries the (first) receipt. */
    Outcome record(LessonCompletion completion) {
        Recorded fresh = new Recorded(
                completion,
                new LessonCompletionReceipt(
                        completion.completionId(),
                        completion.lessonId(),
                        clock.instant(),
                        LessonCompletionReceipt.RECORDED));
        Recorded stored = completions.putIfAbsent(completion.completionId(), fresh);
        if (stored == null) {
            return new Outcome(true, fresh.receipt());
        }
        if (!stored.completion().equals(completion)) {
            return new Outcome(false, null);
        }
        return new Outcome(false, stored.receipt());
    }

    Optional<LessonCompletionReceipt> receipt(UUID completionId) {
        return Optional.ofNullable(completions.get(completionId)).map(Recorded::receipt);
    }

    int size() {
        return completions.size();
    }

    void clear() {
        completions.clear();
    }

    /**
     * @param created whether this call recorded it
     * @param receipt {@code null} when the id was used for a different completion
     */
    record Outcome(boolean created, LessonCompletionReceipt receipt) {}

    private record Recorded(LessonCompletion completion, LessonCompletionReceipt receipt) {}
}
