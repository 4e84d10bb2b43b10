package kz.emocare.hub.community;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import kz.emocare.hub.platform.ConflictException;

/** A themed group, with its title and description in kk/ru/en and theme tags; administrators manage it. */
@Entity
public class Community {

    @Id
    private UUID id;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kk", column = @Column(name = "title_kk")),
        @AttributeOverride(name = "ru", column = @Column(name = "title_ru")),
        @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    })
    private Translations title;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kk", column = @Column(name = "description_kk")),
        @AttributeOverride(name = "ru", column = @Column(name = "description_ru")),
        @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    })
    private Translations description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "community_theme", joinColumns = @JoinColumn(name = "community_id"))
    @Column(name = "theme")
    private Set<String> themes = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    private CommunityStatus status;

    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Community() {}

    Community(UUID id, Profile profile, String createdBy, Instant now) {
        this.id = id;
        this.status = CommunityStatus.ACTIVE;
        this.createdBy = createdBy;
        this.createdAt = now;
        revise(profile, now);
    }

    /** Replaces the title, description and themes. */
    void revise(Profile profile, Instant now) {
        if (profile.title().isEmpty()) {
            throw new IllegalArgumentException("a community has a title in at least one language");
        }
        this.title = profile.title();
        this.description = profile.description().isEmpty() ? null : profile.description();
        this.themes = new TreeSet<>(profile.themes());
        this.updatedAt = now;
    }

    /** Closes the community to new members and posts; archiving twice changes nothing. */
    void archive(Instant now) {
        if (status != CommunityStatus.ARCHIVED) {
            status = CommunityStatus.ARCHIVED;
            updatedAt = now;
        }
    }

    /** Refuses joining and posting once archived. */
    void requireActive() {
        if (status != CommunityStatus.ACTIVE) {
            throw new ConflictException("community-archived", "This community is archived: it can be read only.");
        }
    }

    public UUID id() {
        return id;
    }

    public Translations title() {
        return title;
    }

    public Translations description() {
        return description == null ? Translations.NONE : description;
    }

    public Set<String> themes() {
        return Set.copyOf(themes);
    }

    public CommunityStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** What an administrator says about a community. */
    public record Profile(Translations title, Translations description, Set<String> themes) {

        public Profile {
            description = description == null ? Translations.NONE : description;
            themes = themes == null ? Set.of() : Set.copyOf(themes);
        }
    }
}
