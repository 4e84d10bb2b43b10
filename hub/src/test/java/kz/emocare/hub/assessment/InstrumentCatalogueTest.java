package kz.emocare.hub.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kz.emocare.hub.platform.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The instruments as shipped: codes checked against REFERENCE.md, and scoring at every band edge. */
class InstrumentCatalogueTest {

    static final InstrumentCatalogue CATALOGUE = new InstrumentCatalogue();

    @Test
    void catalogueHoldsTheFourInstruments() {
        assertThat(CATALOGUE.all()).extracting(Instrument::code).containsExactly("GAD-7", "PHQ-9", "PHQ-A", "WHO-5");
        assertThat(CATALOGUE.find("phq-9")).isPresent();
    }

    @Test
    void phq9CarriesTheLoincCodesInOrder() {
        Instrument phq9 = CATALOGUE.get("PHQ-9");

        assertThat(phq9.panel()).isEqualTo(new Instrument.Coding("http://loinc.org", "44249-1"));
        assertThat(phq9.total()).isEqualTo(new Instrument.Coding("http://loinc.org", "44261-6"));
        assertThat(phq9.items())
                .extracting(Instrument.Item::code)
                .containsExactly(
                        "44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3",
                        "44260-8");
        assertThat(phq9.safetyItem()).isEqualTo("44260-8");
        assertThat(phq9.answerList()).isEqualTo("LL358-3");
        assertThat(phq9.answers())
                .extracting(answer -> answer.code() + "=" + answer.value())
                .containsExactly("LA6568-5=0", "LA6569-3=1", "LA6570-1=2", "LA6571-9=3");
        assertThat(phq9.answerValue("LA6570-1")).hasValue(2);
    }

    @Test
    void gad7PhqAAndWho5CarryTheirCodes() {
        Instrument gad7 = CATALOGUE.get("GAD-7");
        Instrument phqA = CATALOGUE.get("PHQ-A");
        Instrument who5 = CATALOGUE.get("WHO-5");

        assertThat(gad7.panel().code()).isEqualTo("69737-5");
        assertThat(gad7.total().code()).isEqualTo("70274-6");
        assertThat(gad7.items())
                .extracting(Instrument.Item::code)
                .containsExactly("69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7");
        assertThat(gad7.hasSafetyItem()).isFalse();
        assertThat(phqA.panel().code()).isEqualTo("89206-7");
        assertThat(phqA.total().code()).isEqualTo("89204-2");
        assertThat(phqA.items()).hasSize(9);
        assertThat(phqA.safetyItem()).isEqualTo(phqA.items().get(8).code());
        assertThat(who5.panel().system()).isNotEqualTo("http://loinc.org");
        assertThat(who5.items()).hasSize(5);
        assertThat(who5.minScore()).isZero();
        assertThat(who5.maxScore()).isEqualTo(100);
    }

    @Test
    void everyTextExistsInKazakhRussianAndEnglish() {
        for (Instrument instrument : CATALOGUE.all()) {
            Stream.of("kk", "ru", "en").forEach(language -> {
                assertThat(instrument.title().in(language)).isNotBlank();
                instrument
                        .items()
                        .forEach(item -> assertThat(item.text().in(language)).isNotBlank());
                instrument
                        .answers()
                        .forEach(
                                answer -> assertThat(answer.text().in(language)).isNotBlank());
                instrument
                        .bands()
                        .forEach(band -> assertThat(band.advice().in(language)).isNotBlank());
            });
            assertThat(instrument.items().get(0).text().kk())
                    .as("%s in Kazakh differs from Russian", instrument.code())
                    .isNotEqualTo(instrument.items().get(0).text().ru());
        }
    }

    @ParameterizedTest(name = "{0} with raw total {1} scores {2}, band {3}")
    @CsvSource({
        "PHQ-9, 0, 0, minimal",
        "PHQ-9, 4, 4, minimal",
        "PHQ-9, 5, 5, mild",
        "PHQ-9, 9, 9, mild",
        "PHQ-9, 10, 10, moderate",
        "PHQ-9, 14, 14, moderate",
        "PHQ-9, 15, 15, moderately-severe",
        "PHQ-9, 19, 19, moderately-severe",
        "PHQ-9, 20, 20, severe",
        "PHQ-9, 27, 27, severe",
        "PHQ-A, 0, 0, minimal",
        "PHQ-A, 4, 4, minimal",
        "PHQ-A, 5, 5, mild",
        "PHQ-A, 9, 9, mild",
        "PHQ-A, 10, 10, moderate",
        "PHQ-A, 14, 14, moderate",
        "PHQ-A, 15, 15, moderately-severe",
        "PHQ-A, 19, 19, moderately-severe",
        "PHQ-A, 20, 20, severe",
        "PHQ-A, 27, 27, severe",
        "GAD-7, 0, 0, minimal",
        "GAD-7, 4, 4, minimal",
        "GAD-7, 5, 5, mild",
        "GAD-7, 9, 9, mild",
        "GAD-7, 10, 10, moderate",
        "GAD-7, 14, 14, moderate",
        "GAD-7, 15, 15, severe",
        "GAD-7, 21, 21, severe",
        "WHO-5, 0, 0, likely-depression",
        "WHO-5, 7, 28, likely-depression",
        "WHO-5, 8, 32, poor-wellbeing",
        "WHO-5, 12, 48, poor-wellbeing",
        "WHO-5, 13, 52, adequate",
        "WHO-5, 25, 100, adequate"
    })
    void scoreFallsInTheBandOfReference(String code, int rawTotal, int score, String band) {
        Instrument instrument = CATALOGUE.get(code);

        ScoredResponse scored = instrument.score(answersSummingTo(instrument, rawTotal, false));

        assertThat(scored.rawTotal()).isEqualTo(rawTotal);
        assertThat(scored.score()).isEqualTo(score);
        assertThat(scored.band().code()).isEqualTo(band);
        assertThat(scored.answers().keySet())
                .containsExactlyElementsOf(
                        instrument.items().stream().map(Instrument.Item::code).toList());
    }

    @ParameterizedTest
    @CsvSource({"PHQ-9", "PHQ-A"})
    void safetyItemAboveZeroFlagsSelfHarmRiskWhateverTheTotal(String code) {
        Instrument instrument = CATALOGUE.get(code);

        ScoredResponse scored = instrument.score(answersSummingTo(instrument, 1, true));

        assertThat(scored.rawTotal()).isEqualTo(1);
        assertThat(scored.band().code()).isEqualTo("minimal");
        assertThat(scored.flags()).containsExactly(AssessmentFlag.SELF_HARM_RISK);
    }

    @Test
    void highTotalWithoutSafetyItemDoesNotFlag() {
        Instrument phq9 = CATALOGUE.get("PHQ-9");
        List<Answer> answers = new ArrayList<>();
        phq9.items()
                .forEach(item -> answers.add(new Answer(item.code(), item.code().equals("44260-8") ? 0 : 3)));

        assertThat(phq9.score(answers).flags()).isEmpty();
        assertThat(phq9.score(answers).band().code()).isEqualTo("severe");
    }

    @ParameterizedTest
    @MethodSource("invalidResponses")
    void scoreWhenResponseInvalidThenNamesTheProblem(List<Answer> answers, String problemType) {
        Instrument gad7 = CATALOGUE.get("GAD-7");

        assertThatThrownBy(() -> gad7.score(answers))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(thrown -> assertThat(((InvalidRequestException) thrown).problemType())
                        .isEqualTo(problemType));
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> invalidResponses() {
        Instrument gad7 = CATALOGUE.get("GAD-7");
        List<Answer> complete = answersSummingTo(gad7, 7, false);
        List<Answer> missingOne = complete.subList(0, 6);
        List<Answer> repeated = new ArrayList<>(complete);
        repeated.add(complete.get(0));
        List<Answer> unknownItem = new ArrayList<>(complete);
        unknownItem.add(new Answer("44260-8", 1));
        List<Answer> tooHigh = new ArrayList<>(complete.subList(1, 7));
        tooHigh.add(new Answer(complete.get(0).item(), 4));
        List<Answer> negative = new ArrayList<>(complete.subList(1, 7));
        negative.add(new Answer(complete.get(0).item(), -1));
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of(missingOne, "missing-answers"),
                org.junit.jupiter.params.provider.Arguments.of(List.of(), "missing-answers"),
                org.junit.jupiter.params.provider.Arguments.of(repeated, "duplicate-answer"),
                org.junit.jupiter.params.provider.Arguments.of(unknownItem, "unknown-item"),
                org.junit.jupiter.params.provider.Arguments.of(tooHigh, "answer-out-of-range"),
                org.junit.jupiter.params.provider.Arguments.of(negative, "answer-out-of-range"));
    }

    @Test
    void unknownInstrumentIsAProblemNamingTheKnownOnes() {
        assertThatThrownBy(() -> CATALOGUE.get("BDI-II"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("PHQ-9");
    }

    @Test
    void inconsistentInstrumentFileStopsTheStart() {
        assertThatThrownBy(() -> new InstrumentCatalogue("classpath*:broken-instruments/*.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gap-in-bands.json")
                .rootCause()
                .hasMessageContaining("without gap or overlap");
    }

    /**
     * Answers reaching a raw total, filling items from the first; with {@code safetyFirst} the safety item gets 1
     * first.
     */
    static List<Answer> answersSummingTo(Instrument instrument, int rawTotal, boolean safetyFirst) {
        int remaining = rawTotal;
        List<Answer> answers = new ArrayList<>();
        if (safetyFirst) {
            answers.add(new Answer(instrument.safetyItem(), 1));
            remaining--;
        }
        for (Instrument.Item item : instrument.items()) {
            if (safetyFirst && item.code().equals(instrument.safetyItem())) {
                continue;
            }
            int value = Math.min(instrument.maxValue(), remaining);
            answers.add(new Answer(item.code(), value));
            remaining -= value;
        }
        assertThat(remaining).as("raw total %d reachable", rawTotal).isZero();
        return answers;
    }
}
