package kz.emocare.hub.support;

import java.util.Set;
import java.util.UUID;
import kz.emocare.contracts.identity.Role;
import kz.emocare.hub.person.Language;
import kz.emocare.hub.person.People;
import kz.emocare.hub.person.Person;
import kz.emocare.hub.person.UserCategory;
import org.springframework.stereotype.Component;

/** Creates people for tests, each with a fresh id so tests never collide in a shared database. */
@Component
public class TestPeople {

    private final People people;

    public TestPeople(People people) {
        this.people = people;
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

    private Person create(String name, Role role, UserCategory category, UUID organizationId) {
        return people.create(
                new People.NewPerson(
                        UUID.randomUUID(), name, null, Language.EN, Set.of(role), category, null, organizationId),
                "test");
    }
}
