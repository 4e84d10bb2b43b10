package kz.emocare.contracts.simulator.population;

/**
 * How many schools, classes and pupils the simulated school system has. Pupil {@code g} (0-based) sits in school
 * {@code g / pupilsPerSchool}, class {@code (g % pupilsPerSchool) / pupilsPerClass}; the last school may be partly
 * filled so that the total is exact.
 *
 * @param pupils total number of pupils
 * @param schools number of schools (at least one per region once there are 20 pupils)
 * @param classesPerSchool classes in each school
 * @param pupilsPerClass seats in each class
 */
public record Scale(int pupils, int schools, int classesPerSchool, int pupilsPerClass) {

    /** Upper bound the simulators are built and tested for. */
    public static final int MAXIMUM_PUPILS = 200_000;

    private static final int REGIONS = 20;
    private static final int PUPILS_PER_SCHOOL = 800;
    private static final int CLASS_SIZE = 25;

    public Scale {
        if (pupils < 1 || pupils > MAXIMUM_PUPILS) {
            throw new IllegalArgumentException("pupils must be between 1 and " + MAXIMUM_PUPILS);
        }
    }

    /** A realistic layout for the number of pupils: classes of up to 25, schools of up to about 800. */
    public static Scale ofPupils(int pupils) {
        if (pupils < 1 || pupils > MAXIMUM_PUPILS) {
            throw new IllegalArgumentException("pupils must be between 1 and " + MAXIMUM_PUPILS);
        }
        int schools = Math.max(Math.min(pupils, REGIONS), ceilingDivide(pupils, PUPILS_PER_SCHOOL));
        int perSchool = ceilingDivide(pupils, schools);
        int classes = ceilingDivide(perSchool, CLASS_SIZE);
        return new Scale(pupils, schools, classes, ceilingDivide(perSchool, classes));
    }

    public int pupilsPerSchool() {
        return classesPerSchool * pupilsPerClass;
    }

    private static int ceilingDivide(int dividend, int divisor) {
        return (dividend + divisor - 1) / divisor;
    }
}
