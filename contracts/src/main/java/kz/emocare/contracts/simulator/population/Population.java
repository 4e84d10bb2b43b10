package kz.emocare.contracts.simulator.population;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import kz.emocare.contracts.demo.DemoDirectory;
import kz.emocare.contracts.iin.Iin;
import kz.emocare.contracts.region.Region;

/**
 * The synthetic people every simulator draws from: pupils (from the roster), adults (citizens) and what the national
 * registry says about them. Everything is computed from the seed and an index; nothing is generated up front.
 */
public final class Population {

    private static final int PER_MILLE = 1000;
    private static final int LAST_NAME_MISMATCH_BELOW = 10;
    private static final int BIRTH_DATE_MISMATCH_BELOW = 15;
    private static final int DECEASED_BELOW = 19;
    private static final int NOT_IN_REGISTRY_BELOW = 21;

    private final PopulationSettings settings;
    private final SchoolCatalog schools;
    private final Roster roster;
    private final IinAllocator iins;
    private final Citizens citizens;

    public Population(PopulationSettings settings) {
        Scale scale = Scale.ofPupils(settings.pupils());
        this.settings = settings;
        this.schools = new SchoolCatalog(settings.seed(), scale.schools());
        this.roster = new Roster(scale, settings.seed());
        this.iins = new IinAllocator(settings.seed());
        this.citizens = new Citizens(settings.seed());
    }

    public PopulationSettings settings() {
        return settings;
    }

    public SchoolCatalog schools() {
        return schools;
    }

    public Roster roster() {
        return roster;
    }

    public Citizens citizens() {
        return citizens;
    }

    /** A pupil who is or was ever enrolled. */
    public Optional<Pupil> pupil(int index) {
        return roster.origin(index).map(origin -> pupil(index, origin));
    }

    /** The pupil with this school-system user id. */
    public Optional<Pupil> pupilByUserId(long userId) {
        return pupilByOffset(userId - Pupil.FIRST_USER_ID);
    }

    /** The pupil with this school-system person id. */
    public Optional<Pupil> pupilByPersonId(long personId) {
        return pupilByOffset(personId - Pupil.FIRST_PERSON_ID);
    }

    /** The pupil holding this IIN, if any. */
    public Optional<Pupil> pupilByIin(String iin) {
        OptionalLong index = iins.indexOf(iin);
        if (index.isEmpty() || index.getAsLong() >= roster.pupilsEver()) {
            return DemoDirectory.STUDENT.iin().equals(iin) ? pupil(0) : Optional.empty();
        }
        return pupil((int) index.getAsLong())
                .filter(pupil -> iin.equals(pupil.person().iin()));
    }

    /** A person the national registry knows by this IIN: a pupil or a citizen. */
    public Optional<SyntheticPerson> personByIin(String iin) {
        return citizens.byIin(iin).or(() -> pupilByIin(iin).map(Pupil::person));
    }

    /** Whether the medical system has a patient record for a pupil. */
    public boolean isPatient(Pupil pupil) {
        return pupil.index() == 0 || Seeds.unit(settings.seed(), pupil.index(), 501) < settings.patientShare();
    }

    private Optional<Pupil> pupilByOffset(long offset) {
        return offset < 0 || offset >= roster.pupilsEver() ? Optional.empty() : pupil((int) offset);
    }

    private Pupil pupil(int index, ClassRef origin) {
        if (index == 0) {
            return demoStudent(origin);
        }
        Region region = schools.school(origin.school()).region();
        Sex sex = Seeds.below(2, settings.seed(), index, 502) == 0 ? Sex.FEMALE : Sex.MALE;
        int birthYear = settings.academicYear() - 5 - roster.layout().grade(origin.classIndex());
        LocalDate birthDate = iins.birthDate(index, birthYear);
        SyntheticPerson person = new SyntheticPerson(
                NameBook.name(settings.seed(), index, sex, region),
                sex,
                birthDate,
                iins.iin(index, birthYear, sex),
                region);
        return new Pupil(index, person, origin, anomaly(index));
    }

    private RegistryAnomaly anomaly(int index) {
        int draw = Seeds.below(PER_MILLE, settings.seed(), index, 503);
        if (draw < LAST_NAME_MISMATCH_BELOW) {
            return RegistryAnomaly.LAST_NAME_MISMATCH;
        }
        if (draw < BIRTH_DATE_MISMATCH_BELOW) {
            return RegistryAnomaly.BIRTH_DATE_MISMATCH;
        }
        if (draw < DECEASED_BELOW) {
            return RegistryAnomaly.DECEASED;
        }
        return draw < NOT_IN_REGISTRY_BELOW ? RegistryAnomaly.NOT_IN_REGISTRY : RegistryAnomaly.NONE;
    }

    private Pupil demoStudent(ClassRef origin) {
        Iin iin = Iin.parse(DemoDirectory.STUDENT.iin());
        String[] names = DemoDirectory.STUDENT.displayName().split(" ");
        SyntheticPerson person = new SyntheticPerson(
                new PersonName(names[0], names[1], null),
                iin.female() ? Sex.FEMALE : Sex.MALE,
                iin.birthDate(),
                iin.value(),
                schools.school(origin.school()).region());
        return new Pupil(0, person, origin, RegistryAnomaly.NONE);
    }
}
