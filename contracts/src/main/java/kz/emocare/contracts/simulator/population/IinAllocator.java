package kz.emocare.contracts.simulator.population;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.OptionalLong;
import kz.emocare.contracts.iin.Iin;

/**
 * Gives synthetic person {@code index} a birth day within a given year and a unique IIN, and finds the index again
 * from an IIN, so the national registry can answer for 200,000 pupils without a table.
 *
 * <p>The index is mapped one-to-one onto a slot {@code x = (index * A + offset) mod (365 * 3333)}; the slot names
 * the day of the year and a serial triple. The first of the three serials whose check digit exists is used, so two
 * people never share an IIN (a person whose three serials all fail, about one in two million, has none).
 */
public final class IinAllocator {

    private static final int DAYS = 365;
    private static final int SERIAL_TRIPLES = 3333;
    private static final long SLOTS = (long) DAYS * SERIAL_TRIPLES;
    private static final long MULTIPLIER = 524_287;

    private final long offset;
    private final long inverse;

    public IinAllocator(long seed) {
        this.offset = Math.floorMod(Seeds.hash(seed, 301), SLOTS);
        this.inverse = BigInteger.valueOf(MULTIPLIER)
                .modInverse(BigInteger.valueOf(SLOTS))
                .longValueExact();
    }

    /** The largest index that gets a unique slot. */
    public static long capacity() {
        return SLOTS;
    }

    /** The birth date of person {@code index} born in {@code year}. */
    public LocalDate birthDate(long index, int year) {
        return LocalDate.ofYearDay(year, (int) (slot(index) % DAYS) + 1);
    }

    /** The IIN of person {@code index} born in {@code year}, or {@code null} when none can be issued. */
    public String iin(long index, int year, Sex sex) {
        long slot = slot(index);
        LocalDate birthDate = LocalDate.ofYearDay(year, (int) (slot % DAYS) + 1);
        int firstSerial = (int) (slot / DAYS) * 3;
        for (int serial = firstSerial; serial < firstSerial + 3; serial++) {
            String firstEleven = datePart(birthDate) + centuryAndSex(year, sex) + "%04d".formatted(serial);
            Integer check = Iin.checkDigit(firstEleven);
            if (check != null) {
                return firstEleven + check;
            }
        }
        return null;
    }

    /** The index whose IIN this could be (the caller confirms by computing that person's IIN), if any. */
    public OptionalLong indexOf(String iin) {
        if (!Iin.isValid(iin)) {
            return OptionalLong.empty();
        }
        LocalDate birthDate = Iin.parse(iin).birthDate();
        int day = birthDate.getDayOfYear() - 1;
        int serial = Integer.parseInt(iin.substring(7, 11));
        if (day >= DAYS || serial / 3 >= SERIAL_TRIPLES) {
            return OptionalLong.empty();
        }
        long slot = (long) (serial / 3) * DAYS + day;
        long index = Math.floorMod(
                BigInteger.valueOf(slot - offset)
                        .multiply(BigInteger.valueOf(inverse))
                        .mod(BigInteger.valueOf(SLOTS))
                        .longValueExact(),
                SLOTS);
        return OptionalLong.of(index);
    }

    private long slot(long index) {
        if (index < 0 || index >= SLOTS) {
            throw new IllegalArgumentException("index outside the IIN space");
        }
        return Math.floorMod(index * MULTIPLIER + offset, SLOTS);
    }

    private static String datePart(LocalDate date) {
        return "%02d%02d%02d".formatted(date.getYear() % 100, date.getMonthValue(), date.getDayOfMonth());
    }

    private static int centuryAndSex(int year, Sex sex) {
        int centuryBase = (year / 100 - 18) * 2 + 1;
        return centuryBase + (sex == Sex.FEMALE ? 1 : 0);
    }
}
