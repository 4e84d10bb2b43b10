package kz.emocare.hub.mood;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
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
 * Demo data (profile {@code demo}): a month of mood entries for the demo student and the demo adult, after the demo
 * people exist (their seeder runs at order 10). The same seed gives the same entries, placed relative to today so the
 * charts look current; a person who already has entries is skipped, so restarts add nothing.
 */
@Component
@Profile("demo")
@Order(20)
class DemoMoodData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMoodData.class);

    static final int DAYS = 30;
    static final long STUDENT_SEED = 20_261_001L;
    static final long ADULT_SEED = 20_261_002L;
    private static final ZoneId ZONE = ZoneId.of("Asia/Almaty");
    private static final List<MoodTag> TAGS = List.of(MoodTag.values());

    private static final List<String> KAZAKH_NOTES = List.of(
            "Бақылау жұмысы жақсы өтті 🙂",
            "Достармен серуендедік",
            "Түнде ұйықтай алмадым",
            "Үй тапсырмасы көп, шаршадым",
            "Әжеммен сөйлестім, көңілім көтерілді");
    private static final List<String> RUSSIAN_NOTES = List.of(
            "Тяжёлый день на работе",
            "Гуляли с семьёй в парке 🌳",
            "Плохо спал, тревожно",
            "Получилось закончить проект",
            "Весь день один дома");

    private final MoodTracker tracker;
    private final MoodEntryRepository entries;
    private final People people;
    private final Clock clock;

    DemoMoodData(MoodTracker tracker, MoodEntryRepository entries, People people, Clock clock) {
        this.tracker = tracker;
        this.entries = entries;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        seedIfPresent(DemoDirectory.STUDENT.personId(), KAZAKH_NOTES, STUDENT_SEED);
        seedIfPresent(DemoDirectory.ADULT.personId(), RUSSIAN_NOTES, ADULT_SEED);
    }

    private void seedIfPresent(UUID personId, List<String> notes, long seed) {
        if (people.find(personId).isEmpty()) {
            log.info("Demo person {} does not exist; no demo mood entries for them", personId);
            return;
        }
        int recorded = seed(personId, notes, seed);
        if (recorded > 0) {
            log.info("Seeded {} demo mood entries for person {}", recorded, personId);
        } else {
            log.debug("Demo person {} already has mood entries", personId);
        }
    }

    /**
     * Records a month of entries (one to three a day, a slow random walk of levels) unless the person has entries
     * already. Returns how many were recorded.
     */
    int seed(UUID personId, List<String> notes, long seed) {
        if (entries.existsByPersonId(personId)) {
            return 0;
        }
        Random random = new Random(seed);
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        int level = 6;
        int recorded = 0;
        for (int daysAgo = DAYS; daysAgo >= 1; daysAgo--) {
            int entriesToday = 1 + random.nextInt(3);
            for (int entry = 0; entry < entriesToday; entry++) {
                level = Math.max(1, Math.min(9, level + random.nextInt(5) - 2));
                String note = random.nextInt(4) == 0 ? notes.get(random.nextInt(notes.size())) : null;
                MoodEntryDraft draft = new MoodEntryDraft(level, tags(random), List.of(), note, ZONE.getId());
                int hour = 8 + entry * 5 + random.nextInt(4);
                tracker.record(
                        personId,
                        draft,
                        today.minusDays(daysAgo)
                                .atTime(hour, random.nextInt(60))
                                .atZone(ZONE)
                                .toInstant());
                recorded++;
            }
        }
        return recorded;
    }

    private static Set<MoodTag> tags(Random random) {
        Set<MoodTag> tags = EnumSet.noneOf(MoodTag.class);
        int count = random.nextInt(3);
        List<MoodTag> pool = new ArrayList<>(TAGS);
        for (int tag = 0; tag < count; tag++) {
            tags.add(pool.remove(random.nextInt(pool.size())));
        }
        return tags;
    }
}
