package kz.emocare.contracts.simulator.population;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What has changed since generation 0, as small maps: only moved, departed and joined pupils are stored. Instances
 * are never changed after publication; {@link Roster} builds the next one on a copy.
 */
final class RosterState {

    final int generation;
    final Map<Integer, ClassRef> currentClass;
    final Set<Integer> departed;
    final Map<Integer, ClassRef> joinedOrigin;
    final Map<ClassRef, TreeSet<Integer>> arrivals;
    final Map<ClassRef, Integer> classVersions;
    final Map<Integer, Integer> schoolVersions;

    private RosterState(
            int generation,
            Map<Integer, ClassRef> currentClass,
            Set<Integer> departed,
            Map<Integer, ClassRef> joinedOrigin,
            Map<ClassRef, TreeSet<Integer>> arrivals,
            Map<ClassRef, Integer> classVersions,
            Map<Integer, Integer> schoolVersions) {
        this.generation = generation;
        this.currentClass = currentClass;
        this.departed = departed;
        this.joinedOrigin = joinedOrigin;
        this.arrivals = arrivals;
        this.classVersions = classVersions;
        this.schoolVersions = schoolVersions;
    }

    static RosterState initial() {
        return new RosterState(0, Map.of(), Set.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    /** A mutable copy for the next generation. */
    Builder next() {
        return new Builder(this);
    }

    static final class Builder {

        private final int generation;
        private final Map<Integer, ClassRef> currentClass;
        private final Set<Integer> departed;
        private final Map<Integer, ClassRef> joinedOrigin;
        private final Map<ClassRef, TreeSet<Integer>> arrivals = new HashMap<>();
        private final Map<ClassRef, Integer> classVersions;
        private final Map<Integer, Integer> schoolVersions;
        private final Set<Integer> changed = new HashSet<>();

        private Builder(RosterState previous) {
            this.generation = previous.generation + 1;
            this.currentClass = new HashMap<>(previous.currentClass);
            this.departed = new HashSet<>(previous.departed);
            this.joinedOrigin = new HashMap<>(previous.joinedOrigin);
            previous.arrivals.forEach((ref, pupils) -> arrivals.put(ref, new TreeSet<>(pupils)));
            this.classVersions = new HashMap<>(previous.classVersions);
            this.schoolVersions = new HashMap<>(previous.schoolVersions);
        }

        int generation() {
            return generation;
        }

        /** Whether the pupil left or was already moved in this generation (each pupil changes once per step). */
        boolean settled(int pupil) {
            return departed.contains(pupil) || changed.contains(pupil);
        }

        void move(int pupil, ClassRef from, ClassRef to, ClassRef origin) {
            changed.add(pupil);
            removeArrival(pupil, from);
            if (to.equals(origin) && !joinedOrigin.containsKey(pupil)) {
                currentClass.remove(pupil);
            } else {
                currentClass.put(pupil, to);
                arrivals.computeIfAbsent(to, key -> new TreeSet<>()).add(pupil);
            }
            touch(from);
            touch(to);
        }

        void depart(int pupil, ClassRef from) {
            changed.add(pupil);
            removeArrival(pupil, from);
            currentClass.remove(pupil);
            departed.add(pupil);
            touch(from);
        }

        void join(int pupil, ClassRef to) {
            joinedOrigin.put(pupil, to);
            currentClass.put(pupil, to);
            arrivals.computeIfAbsent(to, key -> new TreeSet<>()).add(pupil);
            touch(to);
        }

        RosterState build() {
            return new RosterState(
                    generation,
                    Map.copyOf(currentClass),
                    Set.copyOf(departed),
                    Map.copyOf(joinedOrigin),
                    Map.copyOf(arrivals),
                    Map.copyOf(classVersions),
                    Map.copyOf(schoolVersions));
        }

        private void removeArrival(int pupil, ClassRef from) {
            TreeSet<Integer> there = arrivals.get(from);
            if (there != null) {
                there.remove(pupil);
            }
        }

        private void touch(ClassRef ref) {
            classVersions.put(ref, generation);
            schoolVersions.put(ref.school(), generation);
        }
    }
}
