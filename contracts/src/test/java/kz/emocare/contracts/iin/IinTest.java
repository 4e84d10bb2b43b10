package kz.emocare.contracts.iin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IinTest {

    @Test
    void parseWhenCheckDigitCorrectThenAccepts() {
        Iin iin = Iin.parse("900101300017");

        assertThat(iin.birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(iin.female()).isFalse();
        assertThat(iin.toString()).isEqualTo("********0017").doesNotContain("900101");
    }

    @Test
    void parseWhenBornIn2000sFemaleThenDecodesCenturyAndSex() {
        Iin iin = Iin.parse("100515600038");

        assertThat(iin.birthDate()).isEqualTo(LocalDate.of(2010, 5, 15));
        assertThat(iin.female()).isTrue();
    }

    @Test
    void parseWhenCheckDigitWrongThenRejects() {
        assertThatThrownBy(() -> Iin.parse("900101300018"))
                .isInstanceOf(InvalidIinException.class)
                .hasMessageContaining("check digit");
    }

    @Test
    void checkDigitWhenFirstSumIsTenThenUsesSecondWeights() {
        // 00000000010: first weighted sum = 10 (digit 10 × weight 10), second = 1 × 1 = 1
        assertThat(Iin.checkDigit("00000000010")).isEqualTo(1);
    }

    @Test
    void checkDigitWhenBothSumsAreTenThenNeverIssued() {
        String neverIssued = findNeverIssued();

        assertThat(Iin.checkDigit(neverIssued)).isNull();
        assertThatThrownBy(() -> Iin.parse(neverIssued + "0"))
                .isInstanceOf(InvalidIinException.class)
                .hasMessageContaining("never issued");
    }

    @Test
    void parseWhenNotTwelveDigitsOrBadDateThenRejects() {
        assertThat(Iin.isValid("12345")).isFalse();
        assertThat(Iin.isValid("90010130001a")).isFalse();
        assertThat(Iin.isValid("901301300017")).isFalse();
        assertThat(Iin.isValid("900101900017")).isFalse();
        assertThat(Iin.isValid(null)).isFalse();
    }

    private static String findNeverIssued() {
        for (int serial = 0; serial < 10_000; serial++) {
            String candidate = "9001013" + String.format("%04d", serial);
            if (Iin.checkDigit(candidate) == null) {
                return candidate;
            }
        }
        throw new AssertionError("no never-issued serial found");
    }
}
