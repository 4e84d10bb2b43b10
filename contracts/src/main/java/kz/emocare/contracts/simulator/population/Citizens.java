package kz.emocare.contracts.simulator.population;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.emocare.contracts.demo.DemoDirectory;
import kz.emocare.contracts.iin.Iin;
import kz.emocare.contracts.region.Region;

/**
 * Adults who can sign in with the national identity (eGov): the demo adult first, then a dozen synthetic parents and
 * teachers. They are born before 2000, so their IINs never meet a pupil's.
 */
public final class Citizens {

    private static final int SYNTHETIC_ADULTS = 12;
    private static final int SERIAL_BASE = 7_000;

    private final List<SyntheticPerson> adults;

    public Citizens(long seed) {
        List<SyntheticPerson> all = new ArrayList<>();
        all.add(demoAdult());
        for (int number = 0; number < SYNTHETIC_ADULTS; number++) {
            all.add(adult(seed, number));
        }
        this.adults = List.copyOf(all);
    }

    public List<SyntheticPerson> all() {
        return adults;
    }

    public Optional<SyntheticPerson> byIin(String iin) {
        return adults.stream().filter(adult -> iin.equals(adult.iin())).findFirst();
    }

    private static SyntheticPerson demoAdult() {
        String[] names = DemoDirectory.ADULT.displayName().split(" ");
        Iin iin = Iin.parse(DemoDirectory.ADULT.iin());
        return new SyntheticPerson(
                new PersonName(names[0], names[1], null),
                iin.female() ? Sex.FEMALE : Sex.MALE,
                iin.birthDate(),
                iin.value(),
                Region.ALMATY);
    }

    private static SyntheticPerson adult(long seed, int number) {
        Sex sex = number % 2 == 0 ? Sex.FEMALE : Sex.MALE;
        Region region = Region.values()[Seeds.below(Region.values().length, seed, number, 401)];
        LocalDate birthDate = LocalDate.of(1970 + Seeds.below(26, seed, number, 402), 1, 1)
                .plusDays(Seeds.below(365, seed, number, 403));
        long key = -1_000L - number;
        return new SyntheticPerson(
                NameBook.name(seed, key, sex, region), sex, birthDate, iin(birthDate, sex, number), region);
    }

    private static String iin(LocalDate birthDate, Sex sex, int number) {
        String date = "%02d%02d%02d"
                .formatted(birthDate.getYear() % 100, birthDate.getMonthValue(), birthDate.getDayOfMonth());
        for (int serial = SERIAL_BASE + number * 10; ; serial++) {
            String firstEleven = date + (sex == Sex.FEMALE ? 4 : 3) + "%04d".formatted(serial);
            Integer check = Iin.checkDigit(firstEleven);
            if (check != null) {
                return firstEleven + check;
            }
        }
    }
}
