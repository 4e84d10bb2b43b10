package kz.emocare.hub.support;

import java.util.Set;
import java.util.UUID;
import kz.emocare.contracts.identity.Role;
import kz.emocare.hub.person.CareTeam;
import kz.emocare.hub.person.Language;
import kz.emocare.hub.person.People;
import kz.emocare.hub.person.Person;
import kz.emocare.hub.person.UserCategory;
import kz.emocare.hub.platform.Actor;
import org.springframework.stereotype.Component;

/** Creates people for tests, each with a fresh id so tests never collide in a shared database. */
@Component
public class TestPeople {

    private static final Actor TEST_ADMINISTRATOR =
            new Actor("test-admin", UUID.randomUUID(), Set.of(Role.ADMINISTRATOR), null, Set.of());

    private final People people;
    private final CareTeam careTeam;

    public TestPeople(People people, CareTeam careTeam) {
        this.people = people;
        this.careTeam = careTeam;
    }

    /** Assigns the volunteer or psychologist to the user. */
    public void assign(Person user, Person helper) {
        careTeam.assign(user.id(), helper.id(), TEST_ADMINISTRATOR);
    }

    public Person user() {
        return create("Test User", Role.USER, UserCategory.ADULT, null);
    }

    public Person student(UUID schoolId) {
        return create("Test Student", Role.USER, UserCategory.STUDENT, schoolId);
    }

    public Person withRole(Role role) {
        return create("Test " + role.name().toLowerCase(), role, null, null);
    }

    public Person clinicianAt(UUID clinicId) {
        return create("Test Clinician", Role.CLINICIAN, null, clinicId);
    }

    /** A new person with the roles and organisation of another. */
    public Person like(Person template) {
        return people.create(
                new People.NewPerson(
                        UUID.randomUUID(),
                        "Test Person",
                        null,
                        Language.EN,
                        template.roles(),
                        template.userCategory(),
                        null,
                        template.organizationId()),
                "test");
    }

    private Person create(String name, Role role, UserCategory category, UUID organizationId) {
        return people.create(
                new People.NewPerson(
                        UUID.randomUUID(), name, null, Language.EN, Set.of(role), category, null, organizationId),
                "test");
    }
}
