package kz.emocare.contracts.simulator.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RosterTest {

    @Test
    void everyPupilSitsInExactlyOneClassAtEveryGeneration() {
        Roster roster = new Roster(Scale.ofPupils(5_000), 11);
        assertThat(enrolled(roster)).hasSize(5_000);

        GenerationChange change = roster.advance(40, 30, 20);

        assertThat(change.moved()).isEqualTo(40);
        assertThat(change.departed()).isEqualTo(30);
        Set<Integer> after = enrolled(roster);
        assertThat(after).hasSize(5_000 - 30 + 20).contains(0);
        after.forEach(pupil -> assertThat(roster.currentClass(pupil)).isPresent());
    }

    @Test
    void movesStayWithinTheGradeAndMarkTheTouchedClasses() {
        Roster roster = new Roster(Scale.ofPupils(5_000), 11);
        roster.advance(10, 0, 0);
        int changedClasses = 0;
        for (int school = 0; school < roster.scale().schools(); school++) {
            for (ClassRef ref : roster.classes(school)) {
                if (roster.classVersion(ref) == 1) {
                    changedClasses++;
                }
                for (int pupil : roster.pupilsOf(ref)) {
                    int originGrade = roster.layout()
                            .grade(roster.origin(pupil).orElseThrow().classIndex());
                    assertThat(roster.layout().grade(ref.classIndex())).isEqualTo(originGrade);
                }
            }
        }
        assertThat(changedClasses).isBetween(2, 20);
    }

    @Test
    void noChangesWithoutANewGeneration() {
        Roster roster = new Roster(Scale.ofPupils(1_000), 11);
        assertThat(roster.generation()).isZero();
        assertThat(roster.schoolVersion(3)).isZero();
        assertThat(enrolled(roster)).hasSize(1_000);
    }

    private static Set<Integer> enrolled(Roster roster) {
        Set<Integer> pupils = new HashSet<>();
        for (int school = 0; school < roster.scale().schools(); school++) {
            for (ClassRef ref : roster.classes(school)) {
                List<Integer> members = roster.pupilsOf(ref);
                members.forEach(pupil -> assertThat(pupils.add(pupil))
                        .as("pupil %d twice", pupil)
                        .isTrue());
            }
        }
        return pupils;
    }
}
