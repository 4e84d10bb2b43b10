package kz.emocare.hub.chat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.emocare.hub.person.PersonalDataSection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's conversations in an export: every conversation they take part in with its whole history, since both
 * sides of a conversation are about them. On erasure the text of every message they sent is removed; their partners
 * keep the conversation, where those messages read as removed.
 */
@Component
class ChatDataSection implements PersonalDataSection {

    private static final Logger log = LoggerFactory.getLogger(ChatDataSection.class);

    private final Conversations conversations;

    ChatDataSection(Conversations conversations) {
        this.conversations = conversations;
    }

    @Override
    public String name() {
        return "chat";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(UUID personId) {
        return conversations.everythingOf(personId).stream()
                .map(entry -> ExportedConversation.of(entry.getKey(), entry.getValue(), personId))
                .toList();
    }

    @Override
    public void erase(UUID personId) {
        int removed = conversations.eraseMessagesOf(personId);
        log.debug("Removed the text of {} chat messages of person {}", removed, personId);
    }

    record ExportedConversation(
            UUID id, Participant side, UUID counterpartId, Instant openedAt, List<ExportedMessage> messages) {

        static ExportedConversation of(Conversation conversation, List<ChatMessage> messages, UUID personId) {
            return new ExportedConversation(
                    conversation.id(),
                    conversation.sideOf(personId),
                    conversation.counterpartOf(personId),
                    conversation.openedAt(),
                    messages.stream()
                            .map(message -> ExportedMessage.of(message, personId))
                            .toList());
        }
    }

    /** @param from {@code me}, {@code counterpart} or {@code bot} */
    record ExportedMessage(long id, String from, String text, boolean removed, Instant sentAt) {

        static ExportedMessage of(ChatMessage message, UUID personId) {
            String from = message.bot() ? "bot" : personId.equals(message.senderId()) ? "me" : "counterpart";
            return new ExportedMessage(message.id(), from, message.body(), message.removed(), message.sentAt());
        }
    }
}
