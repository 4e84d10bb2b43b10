package kz.emocare.hub.person;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.emocare.contracts.identity.IdentityLinkRequest;
import kz.emocare.contracts.identity.IdentityProvider;
import kz.emocare.contracts.identity.IdentityResolution;
import kz.emocare.contracts.identity.IdentityResolution.Outcome;
import kz.emocare.contracts.identity.IdentityResolutionRequest;
import kz.emocare.contracts.identity.Role;
import kz.emocare.contracts.iin.Iin;
import kz.emocare.hub.audit.AuditEntry;
import kz.emocare.hub.audit.AuditTrail;
import kz.emocare.hub.platform.ConflictException;
import kz.emocare.hub.platform.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides which person a signing-in account belongs to, in this order: an identity already linked (including the
 * school accounts identity sync created); a person with the same verified IIN, who must first prove control of their
 * existing account; otherwise a new person. E-mail is never used to link accounts: anyone can claim an address.
 */
@Service
class IdentityResolver {

    private static final Logger log = LoggerFactory.getLogger(IdentityResolver.class);
    private static final String ACTOR = "system:identity";

    private final ExternalIdentityRepository identities;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;

    IdentityResolver(ExternalIdentityRepository identities, People people, AuditTrail audit, Clock clock) {
        this.identities = identities;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public IdentityResolution resolve(IdentityResolutionRequest request) {
        String system = request.provider().systemName();

        // 1. An identity linked before, or created by identity sync.
        Optional<ExternalIdentity> linked = identities.findBySystemAndExternalId(system, request.subject());
        if (linked.isPresent()) {
            return resolution(Outcome.LINKED, people.get(linked.get().personId()));
        }

        // 2. The same verified IIN on an existing person: link only after proof of control.
        if (request.verifiedIin() != null) {
            List<Person> sameIin = people.findByIin(request.verifiedIin());
            if (!sameIin.isEmpty()) {
                Person existing = sameIin.get(0);
                audit.record(AuditEntry.success(ACTOR, "identity.proof_required", "person", existing.id()));
                return resolution(Outcome.PROOF_REQUIRED, existing);
            }
        }

        // 3. Nobody matches: a new person.
        Person created = people.create(newPerson(request), ACTOR);
        if (request.verifiedIin() != null) {
            created.recordIinStatus(IinStatus.VERIFIED, clock.instant());
        }
        identities.save(new ExternalIdentity(created.id(), system, request.subject(), clock.instant()));
        audit.record(AuditEntry.success(ACTOR, "identity.linked", "person", created.id()));
        log.debug("Created person {} at first sign-in with {}", created.id(), system);
        return resolution(Outcome.CREATED, created);
    }

    @Transactional
    public IdentityResolution link(IdentityLinkRequest request) {
        String system = request.provider().systemName();
        Person person = people.get(request.personId());
        Optional<ExternalIdentity> existing = identities.findBySystemAndExternalId(system, request.subject());
        if (existing.isPresent()) {
            if (!existing.get().personId().equals(person.id())) {
                throw new ConflictException(
                        "identity-linked-elsewhere", "This account is already linked to another person.");
            }
            return resolution(Outcome.LINKED, person);
        }
        identities.save(new ExternalIdentity(person.id(), system, request.subject(), clock.instant()));
        audit.record(AuditEntry.success(ACTOR, "identity.linked", "person", person.id()));
        return resolution(Outcome.LINKED, person);
    }

    private static People.NewPerson newPerson(IdentityResolutionRequest request) {
        if (request.verifiedIin() != null && !Iin.isValid(request.verifiedIin())) {
            throw new InvalidRequestException("invalid-iin", "The provider sent an IIN that is not valid.");
        }
        UserCategory category =
                request.provider() == IdentityProvider.SCHOOL ? UserCategory.STUDENT : UserCategory.ADULT;
        Language language =
                Optional.ofNullable(Language.fromCode(request.language())).orElse(Language.RU);
        return new People.NewPerson(
                null,
                request.displayName(),
                request.email(),
                language,
                Set.of(Role.USER),
                category,
                request.verifiedIin(),
                null);
    }

    private static IdentityResolution resolution(Outcome outcome, Person person) {
        List<Role> roles = List.copyOf(person.roles());
        boolean student = person.isStudent();
        return new IdentityResolution(
                outcome,
                person.id(),
                person.displayName(),
                roles,
                student ? person.organizationId() : null,
                student ? null : person.organizationId(),
                person.language().code());
    }
}
