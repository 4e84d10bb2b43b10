package kz.emocare.hub.assessment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A checked and scored response.
 *
 * @param answers the answer value of every item, in the instrument's order
 * @param rawTotal the sum of the answers
 * @param score the reported score (the raw total times the instrument's multiplier)
 * @param band the severity band of the score
 */
public record ScoredResponse(
        Map<String, Integer> answers, int rawTotal, int score, Instrument.Band band, Set<AssessmentFlag> flags) {

    public ScoredResponse {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        flags = Set.copyOf(flags);
    }
}
