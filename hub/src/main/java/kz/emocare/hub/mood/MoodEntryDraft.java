package kz.emocare.hub.mood;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import kz.emocare.hub.platform.InvalidRequestException;

/**
 * What a person records, checked against the tracker's limits whether it comes from the REST API or another module.
 * Custom tags are stripped and de-duplicated; a blank note counts as none.
 *
 * @param level 0 (worst) to 10 (best)
 * @param timeZone an IANA time zone id such as {@code Asia/Almaty}, or {@code null} for the default
 */
record MoodEntryDraft(int level, Set<MoodTag> tags, List<String> customTags, String note, String timeZone) {

    static final int MIN_LEVEL = 0;
    static final int MAX_LEVEL = 10;
    static final int MAX_TAGS = 5;
    static final int MAX_CUSTOM_TAGS = 3;
    static final int MAX_CUSTOM_TAG_LENGTH = 30;
    static final int MAX_NOTE_LENGTH = 1_000;

    MoodEntryDraft {
        if (level < MIN_LEVEL || level > MAX_LEVEL) {
            throw new InvalidRequestException("level-out-of-range", "level must be 0 to 10.");
        }
        tags = tags == null ? EnumSet.noneOf(MoodTag.class) : EnumSet.copyOf(nonNull(tags));
        if (tags.size() > MAX_TAGS) {
            throw new InvalidRequestException("too-many-tags", "At most " + MAX_TAGS + " tags per entry.");
        }
        customTags = checkedCustomTags(customTags);
        note = note == null || note.isBlank() ? null : note.strip();
        if (note != null && (note.length() > MAX_NOTE_LENGTH || hasControlCharacterBesidesLineBreaks(note))) {
            throw new InvalidRequestException(
                    "invalid-note", "A note has at most " + MAX_NOTE_LENGTH + " characters and no control characters.");
        }
        if (timeZone != null && !ZoneId.getAvailableZoneIds().contains(timeZone)) {
            throw new InvalidRequestException("unknown-time-zone", "timeZone must be an IANA id such as Asia/Almaty.");
        }
    }

    private static List<String> checkedCustomTags(List<String> customTags) {
        if (customTags == null) {
            return List.of();
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (String tag : customTags) {
            String stripped = tag == null ? "" : tag.strip();
            if (stripped.isEmpty()
                    || stripped.length() > MAX_CUSTOM_TAG_LENGTH
                    || stripped.codePoints().anyMatch(Character::isISOControl)) {
                throw new InvalidRequestException(
                        "invalid-custom-tag",
                        "A custom tag has 1 to " + MAX_CUSTOM_TAG_LENGTH + " characters and no control characters.");
            }
            distinct.add(stripped);
        }
        if (distinct.size() > MAX_CUSTOM_TAGS) {
            throw new InvalidRequestException(
                    "too-many-custom-tags", "At most " + MAX_CUSTOM_TAGS + " custom tags per entry.");
        }
        return List.copyOf(new ArrayList<>(distinct));
    }

    private static boolean hasControlCharacterBesidesLineBreaks(String text) {
        return text.codePoints()
                .anyMatch(point -> Character.isISOControl(point) && point != '\n' && point != '\r' && point != '\t');
    }

    private static Set<MoodTag> nonNull(Set<MoodTag> tags) {
        if (tags.stream().anyMatch(Objects::isNull)) {
            throw new InvalidRequestException("unknown-tag", "Tags must be codes of the mood tag vocabulary.");
        }
        return tags.isEmpty() ? EnumSet.noneOf(MoodTag.class) : tags;
    }
}
