package kz.emocare.hub.mood;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.emocare.hub.platform.crypto.EncryptedString;

/**
 * One mood entry. The local day is fixed when the entry is recorded, in the zone the person was in, so that a person's
 * days stay right when they travel and reports can count days without time-zone arithmetic. The note and custom tags
 * are free text and are encrypted at rest.
 */
@Entity
class MoodEntry {

    /** Separates custom tags inside their encrypted column; tags cannot contain it (control characters are refused). */
    private static final String CUSTOM_TAG_SEPARATOR = "\u001F";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private UUID personId;

    @Column(name = "mood_level")
    private short level;

    private Instant recordedAt;
    private String timeZone;
    private LocalDate localDate;
    private String tags;

    @Column(name = "custom_tags_cipher")
    @Convert(converter = EncryptedString.class)
    private String customTags;

    @Column(name = "note_cipher")
    @Convert(converter = EncryptedString.class)
    private String note;

    private Instant createdAt;

    protected MoodEntry() {}

    MoodEntry(UUID personId, MoodEntryDraft draft, Instant recordedAt, ZoneId zone, Instant now) {
        this.personId = personId;
        this.level = (short) draft.level();
        this.recordedAt = recordedAt;
        this.timeZone = zone.getId();
        this.localDate = recordedAt.atZone(zone).toLocalDate();
        this.tags = draft.tags().isEmpty()
                ? null
                : draft.tags().stream().map(Enum::name).collect(Collectors.joining(","));
        this.customTags = draft.customTags().isEmpty() ? null : String.join(CUSTOM_TAG_SEPARATOR, draft.customTags());
        this.note = draft.note();
        this.createdAt = now;
    }

    MoodReading toReading() {
        return new MoodReading(id, personId, level, tags(), recordedAt, timeZone, localDate);
    }

    long id() {
        return id;
    }

    UUID personId() {
        return personId;
    }

    int level() {
        return level;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    String timeZone() {
        return timeZone;
    }

    LocalDate localDate() {
        return localDate;
    }

    Set<MoodTag> tags() {
        if (tags == null || tags.isEmpty()) {
            return EnumSet.noneOf(MoodTag.class);
        }
        return Arrays.stream(tags.split(","))
                .map(MoodTag::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(MoodTag.class)));
    }

    List<String> customTags() {
        return customTags == null ? List.of() : List.of(customTags.split(CUSTOM_TAG_SEPARATOR));
    }

    String note() {
        return note;
    }

    Instant createdAt() {
        return createdAt;
    }
}
