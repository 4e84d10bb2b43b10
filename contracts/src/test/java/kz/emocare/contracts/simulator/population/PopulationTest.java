package kz.emocare.contracts.simulator.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import kz.emocare.contracts.demo.DemoDirectory;
import kz.emocare.contracts.region.Region;
import org.junit.jupiter.api.Test;

class PopulationTest {

    private final Population population = new Population(PopulationSettings.DEMO);

    @Test
    void pupilZeroIsTheDemoStudentInTheDemoSchoolsTenthGrade() {
        Pupil student = population.pupil(0).orElseThrow();
        assertThat(student.userId()).hasToString(DemoDirectory.STUDENT.schoolSystemUserId());
        assertThat(student.person().iin()).isEqualTo(DemoDirectory.STUDENT.iin());
        assertThat(population.schools().school(student.origin().school()).id())
                .hasToString(DemoDirectory.SCHOOL.externalId());
        assertThat(population.roster().layout().grade(student.origin().classIndex()))
                .isEqualTo(10);
        assertThat(population.pupilByIin(DemoDirectory.STUDENT.iin())).contains(student);
        assertThat(population.isPatient(student)).isTrue();
    }

    @Test
    void schoolsCoverEveryRegion() {
        Set<Region> regions = EnumSet.noneOf(Region.class);
        IntStream.range(0, population.schools().size())
                .forEach(index -> regions.add(population.schools().school(index).region()));
        assertThat(regions).containsExactlyInAnyOrder(Region.values());
    }

    @Test
    void birthYearsMatchGradesAndNamesAreKazakhAndRussian() {
        String kazakhLetters = "ӘәҒғҚқҢңӨөҰұҮүҺһІі";
        int withKazakhLetters = 0;
        int russianPatronymics = 0;
        for (int index = 1; index < 2_000; index++) {
            Pupil pupil = population.pupil(index).orElseThrow();
            int grade = population.roster().layout().grade(pupil.origin().classIndex());
            assertThat(pupil.person().birthDate().getYear()).isEqualTo(2025 - 5 - grade);
            String name = pupil.person().name().fullName();
            if (name.chars().anyMatch(letter -> kazakhLetters.indexOf(letter) >= 0)) {
                withKazakhLetters++;
            }
            if (name.endsWith("вич") || name.endsWith("вна")) {
                russianPatronymics++;
            }
        }
        assertThat(withKazakhLetters).isGreaterThan(1_000);
        assertThat(russianPatronymics).isGreaterThan(100);
    }

    @Test
    void aFewPupilsCarryEachRegistryAnomaly() {
        Map<RegistryAnomaly, Integer> counts = new EnumMap<>(RegistryAnomaly.class);
        IntStream.range(0, 2_000)
                .forEach(index ->
                        counts.merge(population.pupil(index).orElseThrow().anomaly(), 1, Integer::sum));
        assertThat(counts.get(RegistryAnomaly.NONE)).isGreaterThan(1_900);
        assertThat(counts.keySet()).containsAll(EnumSet.allOf(RegistryAnomaly.class));
    }

    @Test
    void sameSeedGivesTheSamePeople() {
        Population again = new Population(PopulationSettings.DEMO);
        IntStream.of(1, 17, 999, 1_999)
                .forEach(index -> assertThat(again.pupil(index)).isEqualTo(population.pupil(index)));
        assertThat(new Population(PopulationSettings.DEMO.withSeed(1)).pupil(17))
                .isNotEqualTo(population.pupil(17));
    }

    @Test
    void scaleIsExactAndRealisticAtEverySize() {
        assertThat(Scale.ofPupils(100_000)).isEqualTo(new Scale(100_000, 125, 32, 25));
        assertThat(Scale.ofPupils(5).schools()).isEqualTo(5);
        Scale demo = Scale.ofPupils(2_000);
        assertThat(demo.schools()).isEqualTo(20);
        assertThat(demo.schools() * demo.pupilsPerSchool()).isGreaterThanOrEqualTo(2_000);
    }
}
