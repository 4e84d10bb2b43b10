package kz.emocare.contracts.simulator.school;

import java.time.LocalDate;
import java.util.List;
import kz.emocare.contracts.school.EduGroup;
import kz.emocare.contracts.school.School;
import kz.emocare.contracts.school.SchoolPerson;
import kz.emocare.contracts.school.SchoolUser;
import kz.emocare.contracts.simulator.population.ClassRef;
import kz.emocare.contracts.simulator.population.Population;
import kz.emocare.contracts.simulator.population.Pupil;
import kz.emocare.contracts.simulator.population.RegistryAnomaly;
import kz.emocare.contracts.simulator.population.Seeds;
import kz.emocare.contracts.simulator.population.Sex;
import kz.emocare.contracts.simulator.population.SyntheticSchool;

/** Turns the synthetic population into the school system's transfer records. */
final class SchoolRecords {

    private static final int BIRTHDAY_TYPO_DAYS = 10;

    private final Population population;
    private final String versionPrefix;

    SchoolRecords(Population population) {
        this.population = population;
        this.versionPrefix = Long.toHexString(Seeds.hash(
                        population.settings().seed(), population.settings().pupils()))
                .substring(0, 8);
    }

    SchoolUser user(Pupil pupil) {
        var person = pupil.person();
        return new SchoolUser(
                pupil.userId(),
                Long.toString(pupil.userId()),
                pupil.personId(),
                Long.toString(pupil.personId()),
                person.name().fullName(),
                person.name().firstName(),
                person.name().lastName(),
                person.name().middleName(),
                person.name().shortName(),
                sex(person.sex()),
                birthday(pupil),
                pupil.index() % 3 == 0 ? "ru-RU" : "kk-KZ",
                "Asia/Almaty",
                List.of("EduStudent"),
                pupil.index() == 0 ? kz.emocare.contracts.demo.DemoDirectory.STUDENT.email() : null);
    }

    SchoolPerson person(Pupil pupil) {
        var person = pupil.person();
        return new SchoolPerson(
                pupil.personId(),
                Long.toString(pupil.personId()),
                pupil.userId(),
                Long.toString(pupil.userId()),
                person.name().firstName(),
                person.name().lastName(),
                person.name().middleName(),
                person.name().shortName(),
                sex(person.sex()),
                birthday(pupil),
                person.iin());
    }

    School school(SyntheticSchool school) {
        return new School(
                school.id(),
                Long.toString(school.id()),
                school.name(),
                school.type(),
                school.region().name(),
                school.region().displayName("kk"),
                school.city(),
                versionPrefix + "-" + population.roster().schoolVersion(school.index()));
    }

    EduGroup eduGroup(ClassRef ref) {
        var layout = population.roster().layout();
        return new EduGroup(
                ref.id(),
                Long.toString(ref.id()),
                layout.name(ref.classIndex()),
                layout.grade(ref.classIndex()),
                population.settings().academicYear(),
                "Group",
                population.schools().school(ref.school()).id(),
                versionPrefix + "-" + population.roster().classVersion(ref));
    }

    private static LocalDate birthday(Pupil pupil) {
        LocalDate registered = pupil.person().birthDate();
        return pupil.anomaly() == RegistryAnomaly.BIRTH_DATE_MISMATCH
                ? registered.plusDays(BIRTHDAY_TYPO_DAYS)
                : registered;
    }

    private static String sex(Sex sex) {
        return sex == Sex.FEMALE ? "Female" : "Male";
    }
}
