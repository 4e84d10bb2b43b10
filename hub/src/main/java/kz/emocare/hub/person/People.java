package kz.emocare.hub.person;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kz.emocare.contracts.identity.Role;
import kz.emocare.contracts.iin.Iin;
import kz.emocare.hub.audit.AuditEntry;
import kz.emocare.hub.audit.AuditTrail;
import kz.emocare.hub.platform.Actor;
import kz.emocare.hub.platform.InvalidRequestException;
import kz.emocare.hub.platform.NotFoundException;
import kz.emocare.hub.platform.crypto.LookupHash;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory of people: finding, creating and changing person records. Other features look people up here. */
@Service
public class People {

    private final PersonRepository persons;
    private final OrganizationRepository organizations;
    private final LookupHash lookupHash;
    private final AuditTrail audit;
    private final Clock clock;

    People(
            PersonRepository persons,
            OrganizationRepository organizations,
            LookupHash lookupHash,
            AuditTrail audit,
            Clock clock) {
        this.persons = persons;
        this.organizations = organizations;
        this.lookupHash = lookupHash;
        this.audit = audit;
        this.clock = clock;
    }

    /** The person, or a 404 problem. */
    @Transactional(readOnly = true)
    public Person get(UUID personId) {
        return persons.findById(personId).orElseThrow(() -> new NotFoundException("No such person."));
    }

    @Transactional(readOnly = true)
    public Optional<Person> find(UUID personId) {
        return persons.findById(personId);
    }

    /** People with this IIN (normally one); the IIN is validated first. */
    @Transactional(readOnly = true)
    public List<Person> findByIin(String iin) {
        return persons.findByIinHash(lookupHash.of(Iin.parse(iin).value()));
    }

    @Transactional(readOnly = true)
    public Page<Person> search(Role role, String name, Pageable page) {
        return persons.search(role, name == null || name.isBlank() ? null : name, page);
    }

    /** Creates a person (an administrator adding staff, or a sign-in creating a user). */
    @Transactional
    public Person create(NewPerson request, String actor) {
        Person person = new Person(
                request.id() != null ? request.id() : UUID.randomUUID(),
                request.displayName(),
                request.language(),
                request.roles(),
                clock.instant());
        if (request.email() != null) {
            person.updateProfile(
                    new ProfileChange(null, request.email(), null, null, null, null, null), clock.instant());
        }
        if (request.userCategory() != null) {
            person.recordDemographics(request.userCategory(), null, null, null, clock.instant());
        }
        if (request.iin() != null) {
            recordIin(person, request.iin());
        }
        if (request.organizationId() != null) {
            requireOrganization(request.organizationId());
            person.joinOrganization(request.organizationId(), null, clock.instant());
        }
        persons.save(person);
        audit.record(AuditEntry.success(actor, "person.created", "person", person.id()));
        return person;
    }

    /** A person changes their own profile and preferences. */
    @Transactional
    public Person updateProfile(UUID personId, ProfileChange change) {
        Person person = get(personId);
        person.updateProfile(change, clock.instant());
        return person;
    }

    /** An administrator replaces a person's roles. */
    @Transactional
    public Person replaceRoles(UUID personId, Set<Role> roles, Actor administrator) {
        Person person = get(personId);
        person.replaceRoles(roles, clock.instant());
        audit.record(AuditEntry.success(administrator.auditName(), "person.roles_changed", "person", personId));
        return person;
    }

    /** Records a validated IIN on the person, with its look-up hash. */
    public void recordIin(Person person, String iin) {
        Iin valid = Iin.parse(iin);
        String hash = lookupHash.of(valid.value());
        person.recordIin(valid.value(), hash, clock.instant());
        person.recordDemographics(
                person.userCategory(),
                person.region(),
                valid.birthDate(),
                valid.female() ? Sex.FEMALE : Sex.MALE,
                clock.instant());
    }

    private void requireOrganization(UUID organizationId) {
        if (!organizations.existsById(organizationId)) {
            throw new InvalidRequestException("unknown-organization", "The organisation does not exist.");
        }
    }

    /**
     * What is needed to create a person.
     *
     * @param id a fixed id (identity sync, demo data), or {@code null} for a new random one
     * @param iin an IIN to record (validated), or {@code null}
     */
    public record NewPerson(
            UUID id,
            String displayName,
            String email,
            Language language,
            Set<Role> roles,
            UserCategory userCategory,
            String iin,
            UUID organizationId) {}
}
