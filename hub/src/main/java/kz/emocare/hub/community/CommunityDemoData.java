package kz.emocare.hub.community;

import java.util.List;
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
 * Demo data: two communities with fixed ids, the demo student, volunteer and psychologist as members, and a few
 * posts. A community that already exists is left alone, so restarts add nothing.
 */
@Component
@Profile("demo")
@Order(30)
class CommunityDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CommunityDemoData.class);

    static final UUID EXAM_STRESS = UUID.fromString("00000000-0000-4000-8000-000000000301");
    static final UUID TOGETHER = UUID.fromString("00000000-0000-4000-8000-000000000302");

    private static final UUID STUDENT = DemoDirectory.STUDENT.personId();
    private static final UUID VOLUNTEER = DemoDirectory.VOLUNTEER.personId();
    private static final UUID PSYCHOLOGIST = DemoDirectory.PSYCHOLOGIST.personId();
    private static final String ADMINISTRATOR =
            DemoDirectory.ADMINISTRATOR.personId().toString();

    private final Communities communities;
    private final CommunityPosts posts;
    private final CommunityRepository repository;
    private final People people;

    CommunityDemoData(Communities communities, CommunityPosts posts, CommunityRepository repository, People people) {
        this.communities = communities;
        this.posts = posts;
        this.repository = repository;
        this.people = people;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (people.find(STUDENT).isEmpty()
                || people.find(VOLUNTEER).isEmpty()
                || people.find(PSYCHOLOGIST).isEmpty()) {
            log.info("Demo communities skipped: the demo people do not exist");
            return;
        }
        seed(
                EXAM_STRESS,
                new Community.Profile(
                        new Translations("Емтихан стресі", "Стресс перед экзаменами", "Exam stress"),
                        new Translations(
                                "ҰБТ мен емтихандарға дайындалу, алаңдаумен күресу тәсілдері.",
                                "Подготовка к ЕНТ и экзаменам, как справляться с тревогой.",
                                "Getting ready for the UNT and exams, and coping with worry."),
                        Set.of("exam-stress", "anxiety", "students")),
                List.of(
                        new Post(STUDENT, "Ертең математикадан сынақ 😬 Кім қалай дайындалады?"),
                        new Post(
                                PSYCHOLOGIST,
                                "Короткие перерывы каждые 45 минут и сон не меньше 8 часов помогают больше, чем ночь"
                                        + " над учебниками.")));
        seed(
                TOGETHER,
                new Community.Profile(
                        new Translations("Біргеміз", "Мы вместе", "Together"),
                        new Translations(
                                "Мүмкіндігі шектеулі адамдар мен олардың жақындарына арналған қолдау тобы.",
                                "Группа поддержки для людей с инвалидностью и их близких.",
                                "A support group for people with disabilities and those close to them."),
                        Set.of("disability", "support", "family")),
                List.of(
                        new Post(
                                VOLUNTEER,
                                "Добро пожаловать! Здесь можно писать на казахском, русском или английском 🌿"),
                        new Post(STUDENT, "Сәлеметсіздер ме! Қуаныштымын 🙂")));
    }

    private void seed(UUID communityId, Community.Profile profile, List<Post> demoPosts) {
        if (repository.existsById(communityId)) {
            return;
        }
        communities.create(communityId, profile, ADMINISTRATOR);
        for (UUID member : List.of(STUDENT, VOLUNTEER, PSYCHOLOGIST)) {
            communities.join(member, communityId);
        }
        demoPosts.forEach(post -> posts.publish(post.authorId(), communityId, post.text()));
        log.info("Demo community {} created with {} posts", communityId, demoPosts.size());
    }

    private record Post(UUID authorId, String text) {}
}
