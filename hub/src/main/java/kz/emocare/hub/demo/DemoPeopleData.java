package kz.emocare.hub.demo;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.emocare.contracts.demo.DemoDirectory;
import kz.emocare.contracts.demo.DemoDirectory.DemoAccount;
import kz.emocare.contracts.demo.DemoDirectory.DemoOrganization;
import kz.emocare.contracts.identity.IdentityProvider;
import kz.emocare.contracts.identity.Role;
import kz.emocare.contracts.region.Region;
import kz.emocare.hub.person.DemoSeeding;
import kz.emocare.hub.person.Language;
import kz.emocare.hub.person.Organization;
import kz.emocare.hub.person.OrganizationKind;
import kz.emocare.hub.person.OrganizationRepository;
import kz.emocare.hub.person.People;
import kz.emocare.hub.person.UserCategory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo organisations and people once. The student is known to the school system as user 1000000001 (as if
 * identity sync had created her), every demo account is linked to its local Emocare ID username, and the volunteer and
 * psychologist look after the student and the adult.
 */
@Component
@Profile("demo")
@Order(10)
class DemoPeopleData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPeopleData.class);
    private static final String SEEDER = "system:demo";

    private final People people;
    private final OrganizationRepository organizations;
    private final DemoSeeding seeding;
    private final Clock clock;

    DemoPeopleData(People people, OrganizationRepository organizations, DemoSeeding seeding, Clock clock) {
        this.people = people;
        this.organizations = organizations;
        this.seeding = seeding;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        if (people.find(DemoDirectory.ADMINISTRATOR.personId()).isPresent()) {
            log.debug("Demo people already present");
            return;
        }
        seedOrganizations();
        DemoDirectory.ACCOUNTS.forEach(this::seedPerson);
        seeding.assign(DemoDirectory.STUDENT.personId(), DemoDirectory.VOLUNTEER.personId());
        seeding.assign(DemoDirectory.STUDENT.personId(), DemoDirectory.PSYCHOLOGIST.personId());
        seeding.assign(DemoDirectory.ADULT.personId(), DemoDirectory.PSYCHOLOGIST.personId());
        log.info("Seeded {} demo people", DemoDirectory.ACCOUNTS.size());
    }

    private void seedOrganizations() {
        save(DemoDirectory.SCHOOL, OrganizationKind.SCHOOL, "school");
        save(DemoDirectory.CLINIC, OrganizationKind.CLINIC, "medical");
        organizations.save(new Organization(
                UUID.fromString("00000000-0000-4000-8000-000000000203"),
                OrganizationKind.NATIONAL_REGISTRY,
                "National e-Government registry",
                Region.ASTANA,
                "egov",
                "registry",
                clock.instant()));
        List.of(
                        new DemoOrganization(
                                UUID.fromString("00000000-0000-4000-8000-000000000204"),
                                "Nazarbayev Intellectual School, Astana",
                                DemoOrganization.Kind.SCHOOL,
                                "ASTANA",
                                "1002"),
                        new DemoOrganization(
                                UUID.fromString("00000000-0000-4000-8000-000000000205"),
                                "Secondary School No. 12, Shymkent",
                                DemoOrganization.Kind.SCHOOL,
                                "SHYMKENT",
                                "1003"))
                .forEach(school -> save(school, OrganizationKind.SCHOOL, "school"));
    }

    private void save(DemoOrganization organization, OrganizationKind kind, String system) {
        organizations.save(new Organization(
                organization.id(),
                kind,
                organization.name(),
                Region.valueOf(organization.region()),
                system,
                organization.externalId(),
                clock.instant()));
    }

    private void seedPerson(DemoAccount account) {
        boolean user = account.role() == Role.USER;
        UserCategory category =
                !user ? null : account.schoolSystemUserId() != null ? UserCategory.STUDENT : UserCategory.ADULT;
        Set<Role> roles = EnumSet.of(account.role());
        people.create(
                new People.NewPerson(
                        account.personId(),
                        account.displayName(),
                        account.email(),
                        Language.fromCode(account.language()),
                        roles,
                        category,
                        account.iin(),
                        account.organizationId()),
                SEEDER);
        seeding.link(account.personId(), IdentityProvider.LOCAL.systemName(), account.username());
        if (account.schoolSystemUserId() != null) {
            seeding.link(account.personId(), IdentityProvider.SCHOOL.systemName(), account.schoolSystemUserId());
            seeding.enrol(account.personId(), account.organizationId(), "9А", Region.ALMATY);
        }
    }
}
