package kz.emocare.hub.assessment;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import kz.emocare.hub.platform.InvalidRequestException;
import kz.emocare.hub.platform.LocalizedText;

/**
 * A self-test as data: its items, answer options and severity bands, with the codes (LOINC where they exist) that the
 * FHIR face publishes. Read from {@code instruments/*.json}; the constructor refuses an inconsistent definition, so a
 * broken file stops the hub at start-up rather than mis-scoring a person.
 *
 * @param code the instrument's name in the API, e.g. {@code PHQ-9}
 * @param audience who the instrument is validated for
 * @param attribution authors, licence and the state of the translations
 * @param panel the code of the whole questionnaire
 * @param total the code of its score
 * @param itemSystem the code system of the item codes
 * @param answerList the LOINC answer list, or {@code null}
 * @param answerSystem the code system of the answer codes
 * @param scoreMultiplier the score is the sum of the answers times this (WHO-5: 4, giving 0–100)
 * @param safetyItem the item whose positive answer starts the safety workflow whatever the total, or {@code null}
 */
public record Instrument(
        String code,
        String version,
        Audience audience,
        String attribution,
        LocalizedText title,
        LocalizedText instructions,
        Coding panel,
        Coding total,
        String itemSystem,
        String answerList,
        String answerSystem,
        List<AnswerOption> answers,
        List<Item> items,
        int scoreMultiplier,
        List<Band> bands,
        String safetyItem) {

    public Instrument {
        require(code != null && !code.isBlank() && version != null && !version.isBlank(), "a code and a version");
        require(title != null && instructions != null && panel != null && total != null, "a title and codes");
        require(itemSystem != null && answerSystem != null && audience != null, "code systems and an audience");
        require(items != null && !items.isEmpty() && answers != null && !answers.isEmpty(), "items and answers");
        require(scoreMultiplier >= 1, "a score multiplier of at least 1");
        require(bands != null && !bands.isEmpty(), "severity bands");
        items = List.copyOf(items);
        answers = List.copyOf(answers);
        bands = List.copyOf(bands);
        requireDistinct(code, items.stream().map(Item::code).toList(), "item codes");
        requireDistinct(code, answers.stream().map(AnswerOption::code).toList(), "answer codes");
        requireContiguousValues(code, answers);
        requireBandsCover(
                code,
                bands,
                minValue(answers) * items.size() * scoreMultiplier,
                maxScore(answers, items, scoreMultiplier));
        require(
                safetyItem == null
                        || items.stream().anyMatch(item -> item.code().equals(safetyItem)),
                "a safety item that is one of its items");
    }

    /**
     * Checks a response and scores it: every item answered exactly once, every value one of the answer options. A
     * refused response names what to fix; nothing about it is kept.
     */
    public ScoredResponse score(List<Answer> response) {
        Map<String, Integer> byItem = new LinkedHashMap<>();
        Set<String> unknown = new TreeSet<>();
        Set<String> repeated = new TreeSet<>();
        Set<String> outOfRange = new TreeSet<>();
        for (Answer answer : response) {
            if (item(answer.item()).isEmpty()) {
                unknown.add(answer.item());
            } else if (byItem.putIfAbsent(answer.item(), answer.value()) != null) {
                repeated.add(answer.item());
            } else if (answer.value() < minValue() || answer.value() > maxValue()) {
                outOfRange.add(answer.item());
            }
        }
        refuseIf(unknown, "unknown-item", "not items of " + code);
        refuseIf(repeated, "duplicate-answer", "answered more than once");
        refuseIf(outOfRange, "answer-out-of-range", "answered outside " + minValue() + "–" + maxValue());
        refuseIf(
                items.stream()
                        .map(Item::code)
                        .filter(itemCode -> !byItem.containsKey(itemCode))
                        .toList(),
                "missing-answers",
                "not answered; every item of " + code + " needs an answer");

        Map<String, Integer> inOrder = new LinkedHashMap<>();
        items.forEach(item -> inOrder.put(item.code(), byItem.get(item.code())));
        int rawTotal = inOrder.values().stream().mapToInt(Integer::intValue).sum();
        int score = rawTotal * scoreMultiplier;
        boolean selfHarmRisk = hasSafetyItem() && inOrder.get(safetyItem) > 0;
        Set<AssessmentFlag> flags =
                selfHarmRisk ? EnumSet.of(AssessmentFlag.SELF_HARM_RISK) : EnumSet.noneOf(AssessmentFlag.class);
        return new ScoredResponse(inOrder, rawTotal, score, bandOf(score), flags);
    }

    private static void refuseIf(Collection<String> items, String problem, String what) {
        if (!items.isEmpty()) {
            throw new InvalidRequestException(problem, "Item(s) " + String.join(", ", items) + ": " + what + ".");
        }
    }

    /** The lowest answer value of an item. */
    public int minValue() {
        return minValue(answers);
    }

    /** The highest answer value of an item. */
    public int maxValue() {
        return answers.stream().mapToInt(AnswerOption::value).max().orElseThrow();
    }

    public int minScore() {
        return minValue() * items.size() * scoreMultiplier;
    }

    public int maxScore() {
        return maxScore(answers, items, scoreMultiplier);
    }

    /** The band a score falls in. */
    public Band bandOf(int score) {
        return bands.stream()
                .filter(band -> score >= band.min() && score <= band.max())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("score outside " + code + "'s range"));
    }

    public Optional<Item> item(String itemCode) {
        return items.stream().filter(item -> item.code().equals(itemCode)).findFirst();
    }

    /** The ordinal value of an answer code (e.g. LOINC {@code LA6570-1} is 2), for adapters that receive codes. */
    public OptionalInt answerValue(String answerCode) {
        return answers.stream()
                .filter(answer -> answer.code().equals(answerCode))
                .mapToInt(AnswerOption::value)
                .findFirst();
    }

    /** Whether this instrument has a safety item (PHQ-9 and PHQ-A: thoughts of self-harm). */
    public boolean hasSafetyItem() {
        return safetyItem != null;
    }

    private static int minValue(List<AnswerOption> answers) {
        return answers.stream().mapToInt(AnswerOption::value).min().orElseThrow();
    }

    private static int maxScore(List<AnswerOption> answers, List<Item> items, int multiplier) {
        return answers.stream().mapToInt(AnswerOption::value).max().orElseThrow() * items.size() * multiplier;
    }

    private static void requireDistinct(String code, List<String> values, String what) {
        if (new HashSet<>(values).size() != values.size()) {
            throw new IllegalArgumentException(code + " has duplicate " + what);
        }
    }

    private static void requireContiguousValues(String code, List<AnswerOption> answers) {
        Set<Integer> values = new HashSet<>();
        answers.forEach(answer -> values.add(answer.value()));
        int min = minValue(answers);
        for (int value = min; value < min + answers.size(); value++) {
            if (!values.contains(value)) {
                throw new IllegalArgumentException(code + "'s answer values must be contiguous integers");
            }
        }
    }

    /** Bands in ascending order, without gap or overlap, from the lowest to the highest possible score. */
    private static void requireBandsCover(String code, List<Band> bands, int minScore, int maxScore) {
        int next = minScore;
        for (Band band : bands) {
            if (band.min() != next || band.max() < band.min()) {
                throw new IllegalArgumentException(code + "'s bands must cover its scores without gap or overlap");
            }
            next = band.max() + 1;
        }
        if (next != maxScore + 1) {
            throw new IllegalArgumentException(code + "'s bands must end at its highest score " + maxScore);
        }
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalArgumentException("an instrument needs " + what);
        }
    }

    /** Who an instrument is validated for; the pages offer PHQ-A to students and PHQ-9 to adults. */
    public enum Audience {
        ADULTS,
        ADOLESCENTS,
        EVERYONE
    }

    /** A code in a code system (LOINC, or Emocare's local system). */
    public record Coding(String system, String code) {

        public Coding {
            if (system == null || system.isBlank() || code == null || code.isBlank()) {
                throw new IllegalArgumentException("a coding needs a system and a code");
            }
        }
    }

    /** One question. */
    public record Item(String code, LocalizedText text) {

        public Item {
            if (code == null || code.isBlank() || text == null) {
                throw new IllegalArgumentException("an item needs a code and a text");
            }
        }
    }

    /** One answer option and the value it scores. */
    public record AnswerOption(String code, int value, LocalizedText text) {

        public AnswerOption {
            if (code == null || code.isBlank() || text == null) {
                throw new IllegalArgumentException("an answer option needs a code and a text");
            }
        }
    }

    /**
     * A severity band: scores from {@code min} to {@code max}, both included.
     *
     * @param advice what to do next, in plain words, for the person who took the test
     */
    public record Band(String code, int min, int max, LocalizedText label, LocalizedText advice) {

        public Band {
            if (code == null || code.isBlank() || label == null || advice == null) {
                throw new IllegalArgumentException("a band needs a code, a label and advice");
            }
        }
    }
}
