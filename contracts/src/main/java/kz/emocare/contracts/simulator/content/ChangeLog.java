package kz.emocare.contracts.simulator.content;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.emocare.contracts.content.Lesson;
import kz.emocare.contracts.content.LessonChange;
import kz.emocare.contracts.simulator.population.Seeds;

/**
 * The catalogue's change feed. Sequences {@code 1..initialLessons} publish the initial lessons (computed, not
 * stored); each call to {@link #advance} appends updates, deletions and new lessons, which are the only entries kept
 * in memory.
 */
final class ChangeLog {

    private final LessonCatalog catalog;
    private final int initialLessons;
    private final long seed;
    private final Clock clock;
    private final List<Entry> appended = new ArrayList<>();
    private final Map<Integer, Entry> latest = new HashMap<>();
    private int lessons;
    private int generation;

    ChangeLog(LessonCatalog catalog, int initialLessons, long seed, Clock clock) {
        this.catalog = catalog;
        this.initialLessons = initialLessons;
        this.lessons = initialLessons;
        this.seed = seed;
        this.clock = clock;
    }

    synchronized long lastSequence() {
        return initialLessons + appended.size();
    }

    /** Up to {@code limit} changes after a sequence number. */
    synchronized List<LessonChange> after(long sequence, int limit) {
        List<LessonChange> changes = new ArrayList<>();
        for (long next = sequence + 1; next <= lastSequence() && changes.size() < limit; next++) {
            changes.add(change(next));
        }
        return changes;
    }

    /** The sequence of the last change at or before an instant (0 when none). */
    synchronized long sequenceAt(Instant instant) {
        long sequence = 0;
        for (long next = 1; next <= lastSequence(); next++) {
            if (changedAt(next).isAfter(instant)) {
                break;
            }
            sequence = next;
        }
        return sequence;
    }

    /** The current state of a lesson, empty when it never existed or was deleted. */
    synchronized Optional<Lesson> current(int number) {
        if (number < 0 || number >= lessons) {
            return Optional.empty();
        }
        Entry entry = latest.get(number);
        if (entry == null) {
            return Optional.of(catalog.lesson(number, 0, LessonCatalog.initialPublication(number)));
        }
        return entry.deleted()
                ? Optional.empty()
                : Optional.of(catalog.lesson(number, entry.revision(), entry.changedAt()));
    }

    /** Appends changes: revisions of existing lessons, deletions and new lessons. */
    synchronized Map<String, Integer> advance(int updates, int deletions, int additions) {
        generation++;
        Instant now = clock.instant();
        int updated = 0;
        int deleted = 0;
        for (int attempt = 0;
                attempt < (updates + deletions) * 4 && (updated < updates || deleted < deletions);
                attempt++) {
            int number = Seeds.below(lessons, seed, generation, attempt, 801);
            Optional<Lesson> lesson = current(number);
            if (lesson.isEmpty() || latestChangedIn(number, now)) {
                continue;
            }
            if (updated < updates) {
                append(new Entry(number, lesson.get().revision() + 1, false, now));
                updated++;
            } else {
                append(new Entry(number, lesson.get().revision(), true, now));
                deleted++;
            }
        }
        for (int added = 0; added < additions; added++) {
            append(new Entry(lessons++, 0, false, now));
        }
        return Map.of("generation", generation, "updated", updated, "deleted", deleted, "added", additions);
    }

    private boolean latestChangedIn(int number, Instant now) {
        Entry entry = latest.get(number);
        return entry != null && entry.changedAt().equals(now);
    }

    private void append(Entry entry) {
        appended.add(entry);
        latest.put(entry.number(), entry);
    }

    private LessonChange change(long sequence) {
        if (sequence <= initialLessons) {
            int number = (int) sequence - 1;
            Instant published = LessonCatalog.initialPublication(number);
            return new LessonChange(
                    sequence,
                    LessonChange.UPSERT,
                    LessonCatalog.id(number),
                    catalog.lesson(number, 0, published),
                    published);
        }
        Entry entry = appended.get((int) (sequence - initialLessons - 1));
        String id = LessonCatalog.id(entry.number());
        return entry.deleted()
                ? new LessonChange(sequence, LessonChange.DELETE, id, null, entry.changedAt())
                : new LessonChange(
                        sequence,
                        LessonChange.UPSERT,
                        id,
                        catalog.lesson(entry.number(), entry.revision(), entry.changedAt()),
                        entry.changedAt());
    }

    private Instant changedAt(long sequence) {
        return sequence <= initialLessons
                ? LessonCatalog.initialPublication((int) sequence - 1)
                : appended.get((int) (sequence - initialLessons - 1)).changedAt();
    }

    private record Entry(int number, int revision, boolean deleted, Instant changedAt) {}
}
