package kz.emocare.contracts.simulator.population;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Who sits in which class, now. Generation 0 is the {@link Scale}'s layout, computed on the fly; each call to
 * {@link #advance} moves some pupils to another class of their grade, lets some leave and enrols new ones, so that a
 * second identity sync sees changes (or, without a call, none). Only the changes are kept in memory.
 */
public final class Roster {

    private static final int DEMO_STUDENT = 0;

    private final Scale scale;
    private final ClassLayout layout;
    private final long seed;
    private volatile RosterState state = RosterState.initial();

    public Roster(Scale scale, long seed) {
        if (scale.classesPerSchool() > ClassRef.MAXIMUM_CLASSES_PER_SCHOOL) {
            throw new IllegalArgumentException("too many classes per school");
        }
        this.scale = scale;
        this.layout = new ClassLayout(scale.classesPerSchool());
        this.seed = seed;
    }

    public Scale scale() {
        return scale;
    }

    public ClassLayout layout() {
        return layout;
    }

    public int generation() {
        return state.generation;
    }

    /** One past the highest pupil index ever enrolled. */
    public int pupilsEver() {
        return scale.pupils() + state.joinedOrigin.size();
    }

    /** The class a pupil was first enrolled in, if the pupil ever existed. */
    public Optional<ClassRef> origin(int pupil) {
        if (pupil >= 0 && pupil < scale.pupils()) {
            int perSchool = scale.pupilsPerSchool();
            return Optional.of(new ClassRef(pupil / perSchool, (pupil % perSchool) / scale.pupilsPerClass()));
        }
        return Optional.ofNullable(state.joinedOrigin.get(pupil));
    }

    /** The class a pupil sits in now, or empty when the pupil left (or never existed). */
    public Optional<ClassRef> currentClass(int pupil) {
        RosterState current = state;
        if (current.departed.contains(pupil)) {
            return Optional.empty();
        }
        ClassRef moved = current.currentClass.get(pupil);
        return moved != null ? Optional.of(moved) : origin(pupil);
    }

    /** Whether a class exists (has or had pupils in the base layout). */
    public boolean classExists(ClassRef ref) {
        return ref.school() >= 0
                && ref.school() < scale.schools()
                && ref.classIndex() >= 0
                && ref.classIndex() < scale.classesPerSchool()
                && firstSeat(ref) < scale.pupils();
    }

    /** The classes of a school, in order. */
    public List<ClassRef> classes(int school) {
        List<ClassRef> classes = new ArrayList<>();
        for (int classIndex = 0; classIndex < scale.classesPerSchool(); classIndex++) {
            ClassRef ref = new ClassRef(school, classIndex);
            if (classExists(ref)) {
                classes.add(ref);
            }
        }
        return classes;
    }

    /** The pupils sitting in a class now, by ascending index. */
    public List<Integer> pupilsOf(ClassRef ref) {
        RosterState current = state;
        TreeSet<Integer> members = new TreeSet<>(current.arrivals.getOrDefault(ref, new TreeSet<>()));
        int first = firstSeat(ref);
        int end = Math.min(first + scale.pupilsPerClass(), scale.pupils());
        for (int pupil = first; pupil < end; pupil++) {
            if (!current.departed.contains(pupil) && !current.currentClass.containsKey(pupil)) {
                members.add(pupil);
            }
        }
        return new ArrayList<>(members);
    }

    /** The last generation that changed a class (0 when never). */
    public int classVersion(ClassRef ref) {
        return state.classVersions.getOrDefault(ref, 0);
    }

    /** The last generation that changed any class of a school (0 when never). */
    public int schoolVersion(int school) {
        return state.schoolVersions.getOrDefault(school, 0);
    }

    /**
     * Moves pupils to another class of their grade (in another school when theirs has only one), removes some and
     * enrols new ones. The demo student never moves or leaves. The choice is deterministic for the
     * seed and the generation number.
     */
    public synchronized GenerationChange advance(int moves, int departures, int arrivals) {
        RosterState.Builder next = state.next();
        int generation = next.generation();
        int moved = 0;
        for (int attempt = 0; attempt < moves * 4 && moved < moves; attempt++) {
            moved += tryMove(next, pick(generation, 1, attempt)) ? 1 : 0;
        }
        int departed = 0;
        for (int attempt = 0; attempt < departures * 4 && departed < departures; attempt++) {
            departed += tryDepart(next, pick(generation, 2, attempt)) ? 1 : 0;
        }
        int joinedBefore = state.joinedOrigin.size();
        for (int joined = 0; joined < arrivals; joined++) {
            int school = Seeds.below(scale.schools(), seed, generation, 3, joined);
            List<ClassRef> classes = classes(school);
            ClassRef to = classes.get(Seeds.below(classes.size(), seed, generation, 4, joined));
            next.join(scale.pupils() + joinedBefore + joined, to);
        }
        state = next.build();
        return new GenerationChange(generation, moved, departed, arrivals);
    }

    private int pick(int generation, int purpose, int attempt) {
        return Seeds.below(pupilsEver(), seed, generation, purpose, attempt);
    }

    private boolean tryMove(RosterState.Builder next, int pupil) {
        Optional<ClassRef> from = currentClass(pupil);
        if (pupil == DEMO_STUDENT || from.isEmpty() || next.settled(pupil)) {
            return false;
        }
        int[] sameGrade = layout.sameGrade(from.get().classIndex());
        List<ClassRef> targets = new ArrayList<>();
        for (int classIndex : sameGrade) {
            ClassRef candidate = new ClassRef(from.get().school(), classIndex);
            if (classIndex != from.get().classIndex() && classExists(candidate)) {
                targets.add(candidate);
            }
        }
        if (targets.isEmpty()) {
            // A small school has one class per grade: the pupil transfers to the same class of another school.
            int otherSchool = Seeds.below(scale.schools(), seed, next.generation(), 6, pupil);
            ClassRef transfer = new ClassRef(otherSchool, from.get().classIndex());
            if (otherSchool == from.get().school() || !classExists(transfer)) {
                return false;
            }
            targets.add(transfer);
        }
        ClassRef to = targets.get(Seeds.below(targets.size(), seed, next.generation(), 5, pupil));
        next.move(pupil, from.get(), to, origin(pupil).orElseThrow());
        return true;
    }

    private boolean tryDepart(RosterState.Builder next, int pupil) {
        Optional<ClassRef> from = currentClass(pupil);
        if (pupil == DEMO_STUDENT || from.isEmpty() || next.settled(pupil)) {
            return false;
        }
        next.depart(pupil, from.get());
        return true;
    }

    private int firstSeat(ClassRef ref) {
        return ref.school() * scale.pupilsPerSchool() + ref.classIndex() * scale.pupilsPerClass();
    }
}
