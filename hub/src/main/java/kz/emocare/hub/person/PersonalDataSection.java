package kz.emocare.hub.person;

import java.util.UUID;

/**
 * A feature's share of a person's data, for the rights of the data subject: each feature that stores personal data
 * implements this, and {@link DataSubjectRights} asks every one of them. Adding a feature without it would leave its
 * data out of exports and erasures, so a test checks that every table with a person column is covered.
 */
public interface PersonalDataSection {

    /** The key of this section in an export, e.g. {@code moodEntries}. */
    String name();

    /** Everything this feature holds about the person, as JSON-serialisable values (decrypted, readable). */
    Object export(UUID personId);

    /**
     * Removes the person's data, or pseudonymises what must stay for others (a chat partner's messages, aggregate
     * counts) so that it no longer identifies the person. Runs inside the erasure transaction.
     */
    void erase(UUID personId);
}
