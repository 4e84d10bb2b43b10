package kz.emocare.contracts.simulator.population;

/**
 * Settings of the synthetic population.
 *
 * @param seed seed of every synthetic value
 * @param pupils number of pupils at generation 0
 * @param academicYear the year the current school year started (grade g is born in {@code academicYear - 5 - g})
 * @param patientShare share of pupils the medical system knows as patients (the demo people always are)
 */
public record PopulationSettings(long seed, int pupils, int academicYear, double patientShare) {

    public static final PopulationSettings DEMO = new PopulationSettings(20_260_901L, 2_000, 2025, 0.3);

    public PopulationSettings {
        Scale.ofPupils(pupils);
        if (academicYear < 2000 || academicYear > 2090) {
            throw new IllegalArgumentException("academicYear must be between 2000 and 2090");
        }
        if (patientShare < 0 || patientShare > 1) {
            throw new IllegalArgumentException("patientShare must be between 0 and 1");
        }
    }

    public PopulationSettings withPupils(int count) {
        return new PopulationSettings(seed, count, academicYear, patientShare);
    }

    public PopulationSettings withSeed(long value) {
        return new PopulationSettings(value, pupils, academicYear, patientShare);
    }
}
