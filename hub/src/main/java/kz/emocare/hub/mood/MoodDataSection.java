package kz.emocare.hub.mood;

import java.util.UUID;
import kz.emocare.hub.person.PersonalDataSection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's mood entries in an export, notes and custom tags decrypted. Erasure removes notes and tags and keeps level,
 * time and local day tied to the pseudonymised person (see {@link MoodEntryRepository#eraseText}).
 */
@Component
class MoodDataSection implements PersonalDataSection {

    private final MoodEntryRepository entries;

    MoodDataSection(MoodEntryRepository entries) {
        this.entries = entries;
    }

    @Override
    public String name() {
        return "moodEntries";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(UUID personId) {
        return entries.findByPersonIdOrderByRecordedAtAscIdAsc(personId).stream()
                .map(MoodViews.OwnEntry::of)
                .toList();
    }

    @Override
    @Transactional
    public void erase(UUID personId) {
        entries.eraseText(personId);
    }
}
