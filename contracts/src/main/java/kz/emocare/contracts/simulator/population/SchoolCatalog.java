package kz.emocare.contracts.simulator.population;

import kz.emocare.contracts.demo.DemoDirectory;
import kz.emocare.contracts.region.Region;

/**
 * The schools: school 0 is the demo school (id 1001, Almaty); the first twenty cover every region, later ones are
 * spread by a population weighting so that the big cities and the south have more schools.
 */
public final class SchoolCatalog {

    static final long FIRST_SCHOOL_ID = Long.parseLong(DemoDirectory.SCHOOL.externalId());

    private static final Region[] WEIGHTED = weightedRegions();

    private final long seed;
    private final int schools;

    public SchoolCatalog(long seed, int schools) {
        this.seed = seed;
        this.schools = schools;
    }

    public int size() {
        return schools;
    }

    /** The school with this index (0-based). */
    public SyntheticSchool school(int index) {
        if (index < 0 || index >= schools) {
            throw new IndexOutOfBoundsException("no school " + index);
        }
        Region region = region(index);
        if (index == 0) {
            return new SyntheticSchool(
                    0,
                    schoolId(0),
                    DemoDirectory.SCHOOL.name(),
                    SchoolKind.GYMNASIUM.typeLabel(),
                    region,
                    region.centre());
        }
        SchoolKind kind = SchoolKind.values()[Seeds.below(SchoolKind.values().length, seed, index, 203)];
        return new SyntheticSchool(
                index, schoolId(index), name(index, region, kind), kind.typeLabel(), region, region.centre());
    }

    /** Whether an external school id belongs to this catalogue. */
    public boolean contains(long schoolId) {
        long index = schoolId - FIRST_SCHOOL_ID;
        return index >= 0 && index < schools;
    }

    static long schoolId(int index) {
        return FIRST_SCHOOL_ID + index;
    }

    static int schoolIndex(long schoolId) {
        long index = schoolId - FIRST_SCHOOL_ID;
        return index < 0 || index > Integer.MAX_VALUE ? -1 : (int) index;
    }

    private Region region(int index) {
        Region[] all = Region.values();
        if (index < all.length) {
            return all[(Region.ALMATY.ordinal() + index) % all.length];
        }
        return WEIGHTED[Seeds.below(WEIGHTED.length, seed, index, 201)];
    }

    private String name(int index, Region region, SchoolKind kind) {
        int number = 2 + index / Region.values().length + Seeds.below(40, seed, index, 202);
        return region.centre() + " қаласының №" + number + " " + kind.kazakhName();
    }

    private static Region[] weightedRegions() {
        java.util.List<Region> weighted = new java.util.ArrayList<>();
        for (Region region : Region.values()) {
            int weight = switch (region) {
                case ALMATY, TURKISTAN, SHYMKENT, ASTANA -> 4;
                case ALMATY_REGION, JAMBYL, KARAGANDA -> 2;
                default -> 1;
            };
            for (int copy = 0; copy < weight; copy++) {
                weighted.add(region);
            }
        }
        return weighted.toArray(Region[]::new);
    }
}
