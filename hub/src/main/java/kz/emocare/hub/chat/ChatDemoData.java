package kz.emocare.hub.chat;

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
 * Demo data: a short conversation between the demo student and her volunteer. Runs after the people and assignments
 * exist (order 10) and only once: every message has a fixed idempotency key, and a conversation that already has
 * messages is left alone.
 */
@Component
@Profile("demo")
@Order(30)
class ChatDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ChatDemoData.class);

    private static final UUID STUDENT = DemoDirectory.STUDENT.personId();
    private static final UUID VOLUNTEER = DemoDirectory.VOLUNTEER.personId();

    private static final List<Line> LINES = List.of(
            new Line(VOLUNTEER, "Здравствуй, Аружан! Я Мария, твой волонтёр. Как ты сегодня?"),
            new Line(STUDENT, "Сәлем! Емтихандар жақындап қалды, сәл алаңдап жүрмін 😟"),
            new Line(
                    VOLUNTEER,
                    "Понимаю, перед экзаменами это нормально. Попробуем дыхание: вдох на 4 счёта, выдох на 6, пять"
                            + " раз."),
            new Line(STUDENT, "Рахмет, көмектесті 🙂"));

    private final Conversations conversations;
    private final ConversationRepository repository;
    private final CareTeam careTeam;

    ChatDemoData(Conversations conversations, ConversationRepository repository, CareTeam careTeam) {
        this.conversations = conversations;
        this.repository = repository;
        this.careTeam = careTeam;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!careTeam.isAssigned(VOLUNTEER, STUDENT)) {
            log.info("Demo chat skipped: the demo volunteer is not assigned to the demo student");
            return;
        }
        boolean hasMessages = repository
                .findByClientIdAndHelperId(STUDENT, VOLUNTEER)
                .map(conversation -> conversation.lastMessageId() != null)
                .orElse(false);
        if (hasMessages) {
            return;
        }
        UUID conversationId =
                conversations.open(VOLUNTEER, STUDENT).overview().conversation().id();
        for (int index = 0; index < LINES.size(); index++) {
            Line line = LINES.get(index);
            conversations.send(line.senderId(), conversationId, line.text(), "demo-chat-" + (index + 1), false);
        }
        log.info("Demo chat created: conversation {} with {} messages", conversationId, LINES.size());
    }

    private record Line(UUID senderId, String text) {}
}
