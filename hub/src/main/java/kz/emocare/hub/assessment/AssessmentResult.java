package kz.emocare.hub.assessment;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A stored, scored result as other features and adapters read it (the FHIR face maps it to a QuestionnaireResponse
 * and an Observation).
 *
 * @param instrument the instrument's code, e.g. {@code PHQ-9}
 * @param rawTotal the sum of the answers
 * @param score the reported score (WHO-5: raw total × 4)
 * @param band the code of the severity band, e.g. {@code moderate}
 * @param answers item code → answer value, in the instrument's order; empty after the person's erasure
 * @param language the language the person answered in (kk, ru, en), or {@code null}
 * @param crisisRequestId the crisis request a positive safety item opened or joined, or {@code null}
 */
public record AssessmentResult(
        UUID id,
        UUID personId,
        String instrument,
        String instrumentVersion,
        int rawTotal,
        int score,
        String band,
        Set<AssessmentFlag> flags,
        Map<String, Integer> answers,
        String language,
        AssessmentSource source,
        Instant completedAt,
        UUID crisisRequestId) {

    public AssessmentResult {
        flags = Set.copyOf(flags);
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    public boolean selfHarmRisk() {
        return flags.contains(AssessmentFlag.SELF_HARM_RISK);
    }
}
