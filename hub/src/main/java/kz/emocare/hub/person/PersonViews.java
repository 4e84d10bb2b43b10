package kz.emocare.hub.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import kz.emocare.contracts.identity.Role;
import kz.emocare.contracts.region.Region;

/** How the API shows people: the full profile to its owner, a summary to administrators and helpers. */
final class PersonViews {

    private PersonViews() {}

    /** A person's own profile. The IIN is masked: only its last four digits are shown. */
    record Profile(
            UUID id,
            String displayName,
            String email,
            Set<Role> roles,
            UserCategory userCategory,
            String language,
            Preferences preferences,
            DisabilityCategory disabilityCategory,
            Region region,
            LocalDate birthDate,
            UUID organizationId,
            String className,
            EnrolmentStatus enrolmentStatus,
            String maskedIin,
            IinStatus iinStatus) {

        static Profile of(Person person) {
            return new Profile(
                    person.id(),
                    person.displayName(),
                    person.email(),
                    person.roles(),
                    person.userCategory(),
                    person.language().code(),
                    Preferences.of(person),
                    person.disabilityCategory(),
                    person.region(),
                    person.birthDate(),
                    person.organizationId(),
                    person.className(),
                    person.enrolmentStatus(),
                    person.iin() == null ? null : "********" + person.iin().substring(8),
                    person.iinStatus());
        }
    }

    /** Accessibility and language preferences; every page applies them. */
    record Preferences(TextSize textSize, boolean highContrast, boolean simplifiedMode) {

        static Preferences of(Person person) {
            return new Preferences(person.textSize(), person.highContrast(), person.simplifiedMode());
        }
    }

    /** What administrators see in the people list: no health data, no IIN, no disability category. */
    record Summary(
            UUID id,
            String displayName,
            String email,
            Set<Role> roles,
            UserCategory userCategory,
            Region region,
            UUID organizationId,
            String className,
            EnrolmentStatus enrolmentStatus,
            IinStatus iinStatus,
            PersonStatus status,
            Instant createdAt) {

        static Summary of(Person person) {
            return new Summary(
                    person.id(),
                    person.displayName(),
                    person.email(),
                    person.roles(),
                    person.userCategory(),
                    person.region(),
                    person.organizationId(),
                    person.className(),
                    person.enrolmentStatus(),
                    person.iinStatus(),
                    person.status(),
                    person.createdAt());
        }
    }

    /** A care assignment with the names on both sides. */
    record Assignment(UUID id, UUID clientId, String clientName, UUID helperId, String helperName, Role helperRole) {}
}
