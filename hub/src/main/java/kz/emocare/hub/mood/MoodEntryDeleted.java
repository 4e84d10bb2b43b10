package kz.emocare.hub.mood;

import java.util.UUID;

/** Published inside the transaction in which a person deleted one of their mood entries. */
public record MoodEntryDeleted(long entryId, UUID personId) {}
