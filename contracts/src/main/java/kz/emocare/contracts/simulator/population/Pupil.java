package kz.emocare.contracts.simulator.population;

/**
 * A pupil of the simulated school system.
 *
 * @param index the pupil's position in the synthetic population (0 is the demo student)
 * @param person the person as the national registry knows them
 * @param origin the class the pupil was first enrolled in (the grade fixes the birth year)
 * @param anomaly how the school's and the registry's data about the pupil disagree, if at all
 */
public record Pupil(int index, SyntheticPerson person, ClassRef origin, RegistryAnomaly anomaly) {

    /** First user id; pupil {@code g} is user {@code FIRST_USER_ID + g}. */
    public static final long FIRST_USER_ID = 1_000_000_001L;

    /** First person id; pupil {@code g} is person {@code FIRST_PERSON_ID + g}. */
    public static final long FIRST_PERSON_ID = 3_000_000_001L;

    public long userId() {
        return FIRST_USER_ID + index;
    }

    public long personId() {
        return FIRST_PERSON_ID + index;
    }
}
