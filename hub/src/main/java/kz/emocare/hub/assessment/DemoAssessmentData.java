package kz.emocare.hub.assessment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import kz.emocare.contracts.demo.DemoDirectory;
import kz.emocare.hub.person.People;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data (profile {@code demo}): a few self-test results over the last month for the demo student (PHQ-A, GAD-7,
 * WHO-5) and the demo adult (PHQ-9, GAD-7, WHO-5), none with a positive safety item, so the demo crisis queue starts
 * empty. Deterministic (fixed seed, dates relative to today) and skipped for a person who already has results.
 */
@Component
@Profile("demo")
@Order(21)
class DemoAssessmentData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAssessmentData.class);

    static final long SEED = 20_261_003L;

    /** What to seed for the student: instrument, days ago, raw total. */
    static final List<Planned> STUDENT_PLAN = List.of(
            new Planned("PHQ-A", 28, 9),
            new Planned("GAD-7", 21, 6),
            new Planned("PHQ-A", 14, 7),
            new Planned("WHO-5", 7, 14));

    static final List<Planned> ADULT_PLAN = List.of(
            new Planned("PHQ-9", 27, 11),
            new Planned("GAD-7", 20, 9),
            new Planned("PHQ-9", 12, 8),
            new Planned("WHO-5", 5, 11));

    private final Assessments assessments;
    private final AssessmentRepository repository;
    private final InstrumentCatalogue catalogue;
    private final People people;
    private final Clock clock;

    DemoAssessmentData(
            Assessments assessments,
            AssessmentRepository repository,
            InstrumentCatalogue catalogue,
            People people,
            Clock clock) {
        this.assessments = assessments;
        this.repository = repository;
        this.catalogue = catalogue;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        seedIfPresent(DemoDirectory.STUDENT.personId(), STUDENT_PLAN);
        seedIfPresent(DemoDirectory.ADULT.personId(), ADULT_PLAN);
    }

    private void seedIfPresent(UUID personId, List<Planned> plan) {
        if (people.find(personId).isEmpty()) {
            log.info("Demo person {} does not exist; no demo results for them", personId);
            return;
        }
        int stored = seed(personId, plan, SEED);
        if (stored > 0) {
            log.info("Seeded {} demo results for person {}", stored, personId);
        } else {
            log.debug("Demo person {} already has results", personId);
        }
    }

    /** Submits the planned results unless the person has results already; returns how many were stored. */
    int seed(UUID personId, List<Planned> plan, long seed) {
        if (repository.existsByPersonId(personId)) {
            return 0;
        }
        Random random = new Random(seed);
        Instant now = clock.instant();
        for (Planned planned : plan) {
            Instrument instrument = catalogue.get(planned.instrument());
            assessments.submit(
                    personId,
                    instrument.code(),
                    answers(instrument, planned.rawTotal(), random),
                    now.minus(Duration.ofDays(planned.daysAgo())),
                    AssessmentSource.DEMO);
        }
        return plan.size();
    }

    /** Answers adding up to the raw total, spread at random over the items, the safety item always 0. */
    static List<Answer> answers(Instrument instrument, int rawTotal, Random random) {
        int[] values = new int[instrument.items().size()];
        List<Integer> open = new ArrayList<>();
        for (int index = 0; index < values.length; index++) {
            values[index] = instrument.minValue();
            if (!instrument.items().get(index).code().equals(instrument.safetyItem())) {
                open.add(index);
            }
        }
        for (int left = rawTotal - instrument.minValue() * values.length; left > 0; left--) {
            int index = open.get(random.nextInt(open.size()));
            values[index]++;
            if (values[index] == instrument.maxValue()) {
                open.remove(Integer.valueOf(index));
            }
        }
        List<Answer> answers = new ArrayList<>();
        for (int index = 0; index < values.length; index++) {
            answers.add(new Answer(instrument.items().get(index).code(), values[index]));
        }
        return answers;
    }

    /** One planned result. */
    record Planned(String instrument, int daysAgo, int rawTotal) {}
}
