package kz.emocare.hub.session;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.emocare.contracts.demo.DemoDirectory;
import kz.emocare.hub.person.CareTeam;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data: the demo psychologist publishes six slots over the next three days (10:00 and 15:00, Almaty time) and
 * the demo student books the one two days ahead, far enough to try cancelling it. Runs once: a psychologist who
 * already has slots is left alone.
 */
@Component
@Profile("demo")
@Order(30)
class SessionDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SessionDemoData.class);

    private static final UUID STUDENT = DemoDirectory.STUDENT.personId();
    private static final UUID PSYCHOLOGIST = DemoDirectory.PSYCHOLOGIST.personId();
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final List<LocalTime> TIMES = List.of(LocalTime.of(10, 0), LocalTime.of(15, 0));

    private final TherapySessions sessions;
    private final SessionSlotRepository slots;
    private final CareTeam careTeam;
    private final Clock clock;

    SessionDemoData(TherapySessions sessions, SessionSlotRepository slots, CareTeam careTeam, Clock clock) {
        this.sessions = sessions;
        this.slots = slots;
        this.careTeam = careTeam;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!careTeam.isAssigned(PSYCHOLOGIST, STUDENT)) {
            log.info("Demo sessions skipped: the demo psychologist is not assigned to the demo student");
            return;
        }
        if (slots.existsByPsychologistId(PSYCHOLOGIST)) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ALMATY));
        List<SessionSlot> published = new ArrayList<>();
        for (int day = 1; day <= 3; day++) {
            for (LocalTime time : TIMES) {
                published.add(sessions.publish(
                        PSYCHOLOGIST,
                        today.plusDays(day).atTime(time).atZone(ALMATY).toInstant(),
                        null));
            }
        }
        TherapySession booked = sessions.book(STUDENT, published.get(2).id());
        log.info("Demo sessions created: {} slots, session {} booked", published.size(), booked.id());
    }
}
