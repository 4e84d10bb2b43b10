package kz.emocare.hub.mood;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Mood entries for tests in other packages (the role matrix), through the tracker's package-private API. */
public final class MoodFixtures {

    private MoodFixtures() {}

    /** Records an entry now and returns its id. */
    public static long entryOf(MoodTracker tracker, UUID personId) {
        return entryOf(tracker, personId, 5, null);
    }

    /** Records an entry at a time (or now) and returns its id. */
    public static long entryOf(MoodTracker tracker, UUID personId, int level, Instant recordedAt) {
        MoodEntryDraft draft = new MoodEntryDraft(level, Set.of(MoodTag.FRIENDS), List.of(), "fixture", "Asia/Almaty");
        return tracker.record(personId, draft, recordedAt).id();
    }
}
