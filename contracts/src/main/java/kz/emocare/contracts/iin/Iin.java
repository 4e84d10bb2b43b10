package kz.emocare.contracts.iin;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A valid individual identification number: twelve digits, a real birth date, a known century-and-sex digit and a
 * correct check digit. {@link #toString()} masks the number so that it cannot reach a log by accident; {@link
 * #value()} gives the digits.
 *
 * <p>Check digit: the weighted sum of digits 1–11 with weights 1..11 modulo 11; when that is 10 the weights
 * 3..11,1,2 are used instead, and when it is 10 again the number is never issued.
 */
public final class Iin {

    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    private final String value;

    private Iin(String value) {
        this.value = value;
    }

    /**
     * Parses an IIN.
     *
     * @throws InvalidIinException naming what is wrong (never echoing the number)
     */
    public static Iin parse(String candidate) {
        if (candidate == null || !candidate.matches("\\d{12}")) {
            throw new InvalidIinException("an IIN has exactly 12 digits");
        }
        int centuryAndSex = candidate.charAt(6) - '0';
        if (centuryAndSex < 1 || centuryAndSex > 6) {
            throw new InvalidIinException("digit 7 of an IIN must be 1 to 6 (century and sex)");
        }
        birthDate(candidate);
        Integer expected = checkDigit(candidate.substring(0, 11));
        if (expected == null) {
            throw new InvalidIinException("this IIN is never issued (its check digit cannot be computed)");
        }
        if (expected != candidate.charAt(11) - '0') {
            throw new InvalidIinException("the check digit of the IIN is wrong");
        }
        return new Iin(candidate);
    }

    /** Whether the candidate is a valid IIN. */
    public static boolean isValid(String candidate) {
        try {
            parse(candidate);
            return true;
        } catch (InvalidIinException e) {
            return false;
        }
    }

    /**
     * The check digit for the first eleven digits, or {@code null} when no number with these digits is ever issued.
     */
    public static Integer checkDigit(String firstElevenDigits) {
        if (firstElevenDigits == null || !firstElevenDigits.matches("\\d{11}")) {
            throw new IllegalArgumentException("eleven digits are required");
        }
        int check = weightedSum(firstElevenDigits, FIRST_WEIGHTS) % 11;
        if (check == 10) {
            check = weightedSum(firstElevenDigits, SECOND_WEIGHTS) % 11;
        }
        return check == 10 ? null : check;
    }

    /** The twelve digits. */
    public String value() {
        return value;
    }

    /** The birth date encoded in digits 1–7. */
    public LocalDate birthDate() {
        return birthDate(value);
    }

    /** Whether digit 7 says female. */
    public boolean female() {
        return (value.charAt(6) - '0') % 2 == 0;
    }

    private static int weightedSum(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }

    private static LocalDate birthDate(String digits) {
        int centuryAndSex = digits.charAt(6) - '0';
        int century = 1800 + ((centuryAndSex - 1) / 2) * 100;
        try {
            return LocalDate.of(
                    century + Integer.parseInt(digits.substring(0, 2)),
                    Integer.parseInt(digits.substring(2, 4)),
                    Integer.parseInt(digits.substring(4, 6)));
        } catch (DateTimeException e) {
            throw new InvalidIinException("digits 1-6 of an IIN must be a real birth date (YYMMDD)");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Iin iin && iin.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    /** Masked: the last four digits only. */
    @Override
    public String toString() {
        return "********" + value.substring(8);
    }
}
