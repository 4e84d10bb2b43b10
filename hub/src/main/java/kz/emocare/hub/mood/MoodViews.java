package kz.emocare.hub.mood;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** How the API shows mood entries to their owner, and the tag vocabulary. */
final class MoodViews {

    private MoodViews() {}

    /** An entry as its owner sees it, note and custom tags included. */
    record OwnEntry(
            long id,
            int level,
            Set<MoodTag> tags,
            List<String> customTags,
            String note,
            Instant recordedAt,
            String timeZone,
            LocalDate localDate,
            Instant createdAt) {

        static OwnEntry of(MoodEntry entry) {
            return new OwnEntry(
                    entry.id(),
                    entry.level(),
                    entry.tags(),
                    entry.customTags(),
                    entry.note(),
                    entry.recordedAt(),
                    entry.timeZone(),
                    entry.localDate(),
                    entry.createdAt());
        }
    }

    /** A tag of the vocabulary with its name in one language. */
    record Tag(MoodTag code, String label) {}
}
