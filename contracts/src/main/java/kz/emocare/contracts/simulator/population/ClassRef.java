package kz.emocare.contracts.simulator.population;

/**
 * A class (school-system "edu-group") by school index and class index within the school. Its external id is
 * {@code schoolId * 100 + classIndex}, so an id can be taken apart again without a look-up table.
 */
public record ClassRef(int school, int classIndex) {

    /** Classes per school never exceed this, so the id scheme stays unambiguous. */
    public static final int MAXIMUM_CLASSES_PER_SCHOOL = 99;

    public long id() {
        return SchoolCatalog.schoolId(school) * 100 + classIndex;
    }

    /** The class with this external id, if the id has the right shape (existence is checked elsewhere). */
    public static ClassRef fromId(long id) {
        long schoolId = id / 100;
        return new ClassRef(SchoolCatalog.schoolIndex(schoolId), (int) (id % 100));
    }
}
