package kz.emocare.hub.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.emocare.hub.crisis.HelpLines;

/** How the API shows instruments (in one language) and results. */
final class AssessmentViews {

    private AssessmentViews() {}

    /** An instrument in the catalogue list. */
    record InstrumentSummary(
            String code,
            String version,
            String title,
            Instrument.Audience audience,
            Instrument.Coding panel,
            int itemCount,
            int minScore,
            int maxScore) {

        static InstrumentSummary of(Instrument instrument, String language) {
            return new InstrumentSummary(
                    instrument.code(),
                    instrument.version(),
                    instrument.title().in(language),
                    instrument.audience(),
                    instrument.panel(),
                    instrument.items().size(),
                    instrument.minScore(),
                    instrument.maxScore());
        }
    }

    /** An instrument as a person takes it: the questions and answer options in one language. */
    record InstrumentDetail(
            String code,
            String version,
            String language,
            String title,
            String instructions,
            Instrument.Audience audience,
            String attribution,
            Instrument.Coding panel,
            Instrument.Coding total,
            String itemSystem,
            String answerList,
            String answerSystem,
            List<ItemView> items,
            List<AnswerOptionView> answers,
            int minScore,
            int maxScore,
            List<BandView> bands) {

        static InstrumentDetail of(Instrument instrument, String language) {
            return new InstrumentDetail(
                    instrument.code(),
                    instrument.version(),
                    language,
                    instrument.title().in(language),
                    instrument.instructions().in(language),
                    instrument.audience(),
                    instrument.attribution(),
                    instrument.panel(),
                    instrument.total(),
                    instrument.itemSystem(),
                    instrument.answerList(),
                    instrument.answerSystem(),
                    instrument.items().stream()
                            .map(item -> new ItemView(item.code(), item.text().in(language)))
                            .toList(),
                    instrument.answers().stream()
                            .map(answer -> new AnswerOptionView(
                                    answer.code(), answer.value(), answer.text().in(language)))
                            .toList(),
                    instrument.minScore(),
                    instrument.maxScore(),
                    instrument.bands().stream()
                            .map(band -> new BandView(
                                    band.code(),
                                    band.min(),
                                    band.max(),
                                    band.label().in(language)))
                            .toList());
        }
    }

    record ItemView(String code, String text) {}

    record AnswerOptionView(String code, int value, String text) {}

    record BandView(String code, int min, int max, String label) {}

    record AnswerView(String item, int value) {}

    /** A scored result, with its band explained in the viewer's language. */
    record ResultView(
            UUID id,
            UUID personId,
            String instrument,
            String instrumentVersion,
            String title,
            int rawTotal,
            int score,
            Integer maxScore,
            String band,
            String bandLabel,
            String advice,
            Set<AssessmentFlag> flags,
            List<AnswerView> answers,
            String language,
            AssessmentSource source,
            Instant completedAt,
            UUID crisisRequestId) {

        static ResultView of(AssessmentResult result, InstrumentCatalogue catalogue, String language) {
            Instrument instrument = catalogue.find(result.instrument()).orElse(null);
            Instrument.Band band = instrument == null ? null : instrument.bandOf(result.score());
            return new ResultView(
                    result.id(),
                    result.personId(),
                    result.instrument(),
                    result.instrumentVersion(),
                    instrument == null ? null : instrument.title().in(language),
                    result.rawTotal(),
                    result.score(),
                    instrument == null ? null : instrument.maxScore(),
                    result.band(),
                    band == null ? null : band.label().in(language),
                    band == null ? null : band.advice().in(language),
                    result.flags(),
                    result.answers().entrySet().stream()
                            .map(answer -> new AnswerView(answer.getKey(), answer.getValue()))
                            .toList(),
                    result.language(),
                    result.source(),
                    result.completedAt(),
                    result.crisisRequestId());
        }
    }

    /**
     * The answer to a submitted response. When the safety item was positive, the help lines come with it so that the
     * person sees them at once, and {@code result.crisisRequestId} names the request a psychologist will pick up.
     */
    record Submission(ResultView result, List<HelpLines.HelpLine> helpLines) {}
}
