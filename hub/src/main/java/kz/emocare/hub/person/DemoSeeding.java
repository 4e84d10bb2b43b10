package kz.emocare.hub.person;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import kz.emocare.contracts.identity.Role;
import kz.emocare.contracts.region.Region;
import kz.emocare.hub.platform.Actor;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** What the demo seeder needs beyond the public operations: fixed links and enrolments. Demo profile only. */
@Component
@Profile("demo")
public class DemoSeeding {

    private static final Actor SEEDER = new Actor("system:demo", null, Set.of(Role.ADMINISTRATOR), null, Set.of());

    private final People people;
    private final CareTeam careTeam;
    private final ExternalIdentityRepository identities;
    private final Clock clock;

    DemoSeeding(People people, CareTeam careTeam, ExternalIdentityRepository identities, Clock clock) {
        this.people = people;
        this.careTeam = careTeam;
        this.identities = identities;
        this.clock = clock;
    }

    public void link(UUID personId, String system, String externalId) {
        identities.save(new ExternalIdentity(personId, system, externalId, clock.instant()));
    }

    public void enrol(UUID personId, UUID schoolId, String className, Region region) {
        Person person = people.get(personId);
        person.joinOrganization(schoolId, className, clock.instant());
        person.recordDemographics(person.userCategory(), region, person.birthDate(), person.sex(), clock.instant());
    }

    public void assign(UUID clientId, UUID helperId) {
        careTeam.assign(clientId, helperId, SEEDER);
    }
}
