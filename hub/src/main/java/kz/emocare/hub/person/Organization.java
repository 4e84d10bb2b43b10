package kz.emocare.hub.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import kz.emocare.contracts.region.Region;

/** A school, clinic or public body, known by its id in the external system it comes from. */
@Entity
public class Organization {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private OrganizationKind kind;

    private String name;

    @Enumerated(EnumType.STRING)
    private Region region;

    @Column(name = "ext_system")
    private String externalSystem;

    @Column(name = "ext_id")
    private String externalId;

    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Organization() {}

    public Organization(
            UUID id,
            OrganizationKind kind,
            String name,
            Region region,
            String externalSystem,
            String externalId,
            Instant now) {
        this.id = id;
        this.kind = kind;
        this.name = name;
        this.region = region;
        this.externalSystem = externalSystem;
        this.externalId = externalId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Applies what the external system now says; returns whether anything changed. */
    public boolean update(String name, Region region, Instant now) {
        if (name.equals(this.name) && region == this.region) {
            return false;
        }
        this.name = name;
        this.region = region;
        this.updatedAt = now;
        return true;
    }

    public UUID id() {
        return id;
    }

    public OrganizationKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public Region region() {
        return region;
    }

    public String externalSystem() {
        return externalSystem;
    }

    public String externalId() {
        return externalId;
    }
}
