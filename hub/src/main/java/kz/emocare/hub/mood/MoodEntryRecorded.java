package kz.emocare.hub.mood;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Published inside the transaction that stored a mood entry, so that the connectors (push to the medical system under
 * consent) and the reports follow it atomically. Carries no note and no tags.
 *
 * @param timeZone the IANA time zone the person recorded in
 * @param localDate the person's local day of the entry
 */
public record MoodEntryRecorded(
        long entryId, UUID personId, int level, Instant recordedAt, String timeZone, LocalDate localDate) {}
