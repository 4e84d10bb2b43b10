package kz.emocare.hub.person;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import kz.emocare.contracts.identity.Role;
import kz.emocare.contracts.region.Region;
import kz.emocare.hub.platform.crypto.EncryptedString;

/**
 * An Emocare person: a user (student or adult), volunteer, psychologist, clinician or administrator. The IIN is kept
 * encrypted, with a keyed hash beside it for look-up; the disability category is optional and sensitive.
 */
@Entity
public class Person {

    @Id
    private UUID id;

    private String displayName;
    private String email;

    @Enumerated(EnumType.STRING)
    private UserCategory userCategory;

    @Enumerated(EnumType.STRING)
    private Language language;

    @Enumerated(EnumType.STRING)
    private TextSize textSize;

    private boolean highContrast;

    @Column(name = "simplified_mode")
    private boolean simplifiedMode;

    @Enumerated(EnumType.STRING)
    private DisabilityCategory disabilityCategory;

    @Enumerated(EnumType.STRING)
    private Region region;

    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    private Sex sex;

    private UUID organizationId;
    private String className;

    @Enumerated(EnumType.STRING)
    private EnrolmentStatus enrolmentStatus;

    @Column(name = "iin_cipher")
    @Convert(converter = EncryptedString.class)
    private String iin;

    private String iinHash;

    @Enumerated(EnumType.STRING)
    private IinStatus iinStatus;

    @Enumerated(EnumType.STRING)
    private PersonStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Person() {}

    public Person(UUID id, String displayName, Language language, Set<Role> roles, Instant now) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a person needs at least one role");
        }
        this.id = id;
        this.displayName = displayName;
        this.language = language;
        this.roles = new HashSet<>(roles);
        this.textSize = TextSize.NORMAL;
        this.iinStatus = IinStatus.UNVERIFIED;
        this.status = PersonStatus.ACTIVE;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Changes what the person may change about themselves. */
    public void updateProfile(ProfileChange change, Instant now) {
        if (change.displayName() != null) {
            this.displayName = change.displayName();
        }
        if (change.email() != null) {
            this.email = change.email().isBlank() ? null : change.email();
        }
        if (change.language() != null) {
            this.language = change.language();
        }
        if (change.textSize() != null) {
            this.textSize = change.textSize();
        }
        if (change.highContrast() != null) {
            this.highContrast = change.highContrast();
        }
        if (change.simplifiedMode() != null) {
            this.simplifiedMode = change.simplifiedMode();
        }
        if (change.disabilityCategory() != null) {
            this.disabilityCategory = change.disabilityCategory().orElse(null);
        }
        this.updatedAt = now;
    }

    /** Records demographic facts known from the school or the national registry. */
    public void recordDemographics(UserCategory category, Region region, LocalDate birthDate, Sex sex, Instant now) {
        this.userCategory = category;
        this.region = region;
        this.birthDate = birthDate;
        this.sex = sex;
        this.updatedAt = now;
    }

    /** Records an IIN (already validated) and its look-up hash; a changed IIN needs verifying again. */
    public void recordIin(String validIin, String hash, Instant now) {
        if (hash.equals(this.iinHash)) {
            return;
        }
        this.iin = validIin;
        this.iinHash = hash;
        this.iinStatus = IinStatus.UNVERIFIED;
        this.updatedAt = now;
    }

    /** Records what the national registry answered about the IIN. */
    public void recordIinStatus(IinStatus status, Instant now) {
        this.iinStatus = status;
        this.updatedAt = now;
    }

    /** Places the person in an organisation: a school class for pupils, a clinic for clinicians. */
    public void joinOrganization(UUID organizationId, String className, Instant now) {
        this.organizationId = organizationId;
        this.className = className;
        this.enrolmentStatus = EnrolmentStatus.ENROLLED;
        this.updatedAt = now;
    }

    /** Marks a pupil who is no longer on the school's roll. */
    public void markLeft(Instant now) {
        this.enrolmentStatus = EnrolmentStatus.LEFT;
        this.updatedAt = now;
    }

    public void replaceRoles(Set<Role> newRoles, Instant now) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("a person needs at least one role");
        }
        this.roles = new HashSet<>(newRoles);
        this.updatedAt = now;
    }

    /**
     * Removes what identifies the person, keeping the id, roles and the coarse facts (region, birth year, sex,
     * category) that de-identified aggregates already count, so that aggregates stay consistent.
     */
    public void erase(Instant now) {
        this.displayName = "Erased person";
        this.email = null;
        this.iin = null;
        this.iinHash = null;
        this.className = null;
        this.disabilityCategory = null;
        this.birthDate = birthDate == null ? null : birthDate.withDayOfYear(1);
        this.status = PersonStatus.ERASED;
        this.updatedAt = now;
    }

    public boolean isActive() {
        return status == PersonStatus.ACTIVE;
    }

    public boolean isStudent() {
        return userCategory == UserCategory.STUDENT;
    }

    public UUID id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public UserCategory userCategory() {
        return userCategory;
    }

    public Language language() {
        return language;
    }

    public TextSize textSize() {
        return textSize;
    }

    public boolean highContrast() {
        return highContrast;
    }

    public boolean simplifiedMode() {
        return simplifiedMode;
    }

    public DisabilityCategory disabilityCategory() {
        return disabilityCategory;
    }

    public Region region() {
        return region;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return sex;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public String className() {
        return className;
    }

    public EnrolmentStatus enrolmentStatus() {
        return enrolmentStatus;
    }

    /** The IIN in clear; handle with care and never log it. */
    public String iin() {
        return iin;
    }

    public IinStatus iinStatus() {
        return iinStatus;
    }

    public PersonStatus status() {
        return status;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
