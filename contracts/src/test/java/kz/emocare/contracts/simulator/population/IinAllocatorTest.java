package kz.emocare.contracts.simulator.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import kz.emocare.contracts.iin.Iin;
import org.junit.jupiter.api.Test;

class IinAllocatorTest {

    private final IinAllocator allocator = new IinAllocator(PopulationSettings.DEMO.seed());

    @Test
    void twoHundredThousandPeopleGetValidDistinctIinsThatLeadBackToThem() {
        Set<String> seen = new HashSet<>();
        int without = 0;
        for (int index = 0; index < Scale.MAXIMUM_PUPILS; index++) {
            int year = 2008 + index % 11;
            Sex sex = index % 2 == 0 ? Sex.FEMALE : Sex.MALE;
            String iin = allocator.iin(index, year, sex);
            if (iin == null) {
                without++;
                continue;
            }
            assertThat(seen.add(iin)).as("duplicate IIN for %d", index).isTrue();
            Iin parsed = Iin.parse(iin);
            assertThat(parsed.birthDate()).isEqualTo(allocator.birthDate(index, year));
            assertThat(parsed.female()).isEqualTo(sex == Sex.FEMALE);
            assertThat(allocator.indexOf(iin)).hasValue(index);
        }
        assertThat(without).isLessThan(5);
    }

    @Test
    void iinsThatNoSyntheticPersonHoldsLeadNowhereValid() {
        assertThat(allocator.indexOf("100515600039")).isEmpty();
        assertThat(allocator.indexOf("not an iin")).isEmpty();
    }
}
