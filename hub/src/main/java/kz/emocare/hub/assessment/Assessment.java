package kz.emocare.hub.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One scored response of a person to an instrument. The answers are stored as {@code item=value} pairs in the
 * instrument's order; score and band stay beside them so that results can be listed and counted without re-scoring.
 */
@Entity
class Assessment {

    @Id
    private UUID id;

    private UUID personId;
    private String instrument;
    private String instrumentVersion;
    private int rawTotal;
    private int score;
    private String band;
    private String flags;
    private String answers;
    private String language;

    @Enumerated(EnumType.STRING)
    private AssessmentSource source;

    private Instant completedAt;
    private Instant recordedAt;
    private UUID crisisRequestId;

    protected Assessment() {}

    Assessment(
            UUID personId,
            Instrument instrument,
            ScoredResponse scored,
            String language,
            AssessmentSource source,
            Instant completedAt,
            Instant now) {
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.instrument = instrument.code();
        this.instrumentVersion = instrument.version();
        this.rawTotal = scored.rawTotal();
        this.score = scored.score();
        this.band = scored.band().code();
        this.flags = scored.flags().isEmpty()
                ? null
                : scored.flags().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.answers = scored.answers().entrySet().stream()
                .map(answer -> answer.getKey() + "=" + answer.getValue())
                .collect(Collectors.joining(";"));
        this.language = language;
        this.source = source;
        this.completedAt = completedAt;
        this.recordedAt = now;
    }

    /** Links the crisis request this result opened (or joined). */
    void linkCrisisRequest(UUID requestId) {
        this.crisisRequestId = requestId;
    }

    /**
     * Removes the item-level answers, flags and links on the person's erasure. Instrument, score, band and time stay,
     * tied to the pseudonymised person, so that published band counts do not change when a person leaves.
     */
    void eraseDetail() {
        answers = null;
        flags = null;
        language = null;
        crisisRequestId = null;
    }

    AssessmentResult toResult() {
        return new AssessmentResult(
                id,
                personId,
                instrument,
                instrumentVersion,
                rawTotal,
                score,
                band,
                flags(),
                answers(),
                language,
                source,
                completedAt,
                crisisRequestId);
    }

    UUID id() {
        return id;
    }

    UUID personId() {
        return personId;
    }

    private Set<AssessmentFlag> flags() {
        if (flags == null || flags.isEmpty()) {
            return EnumSet.noneOf(AssessmentFlag.class);
        }
        return Arrays.stream(flags.split(","))
                .map(AssessmentFlag::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AssessmentFlag.class)));
    }

    private Map<String, Integer> answers() {
        Map<String, Integer> parsed = new LinkedHashMap<>();
        if (answers != null && !answers.isEmpty()) {
            for (String pair : answers.split(";")) {
                int separator = pair.lastIndexOf('=');
                parsed.put(pair.substring(0, separator), Integer.parseInt(pair.substring(separator + 1)));
            }
        }
        return parsed;
    }
}
