package kz.emocare.hub.mood;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A mood entry as it may leave the person: level, vocabulary tags and time, never the note or custom tags. Clinicians
 * see this under consent; the FHIR face maps it to an Observation.
 */
public record MoodReading(
        long id,
        UUID personId,
        int level,
        Set<MoodTag> tags,
        Instant recordedAt,
        String timeZone,
        LocalDate localDate) {

    public MoodReading {
        tags = Set.copyOf(tags);
    }
}
