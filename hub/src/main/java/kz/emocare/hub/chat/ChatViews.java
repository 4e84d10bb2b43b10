package kz.emocare.hub.chat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.emocare.contracts.identity.Role;

/** How the API shows conversations and messages to a participant. */
final class ChatViews {

    private ChatViews() {}

    /**
     * A conversation seen by one participant.
     *
     * @param myLastReadId my read pointer: messages with larger ids are unread
     * @param counterpartLastReadId the other participant's read pointer: my messages up to it have been read
     * @param writable false once the care assignment has ended: the conversation is read-only
     */
    record ConversationView(
            UUID id,
            Participant mySide,
            UUID counterpartId,
            String counterpartName,
            Role counterpartRole,
            Instant openedAt,
            Long lastMessageId,
            Instant lastMessageAt,
            long unreadCount,
            long myLastReadId,
            long counterpartLastReadId,
            boolean writable) {

        static ConversationView of(ConversationOverview overview) {
            Conversation conversation = overview.conversation();
            return new ConversationView(
                    conversation.id(),
                    overview.viewerSide(),
                    overview.counterpartId(),
                    overview.counterpartName(),
                    overview.counterpartRole(),
                    conversation.openedAt(),
                    conversation.lastMessageId(),
                    conversation.lastMessageAt(),
                    overview.unreadCount(),
                    overview.viewerLastReadId(),
                    overview.counterpartLastReadId(),
                    overview.writable());
        }
    }

    /**
     * One message.
     *
     * @param senderId the sender, absent for the bot
     * @param text the text, absent once removed (its sender erased their account)
     * @param readByCounterpart for my own messages: whether the other participant has read it
     */
    record MessageView(
            long id,
            UUID senderId,
            boolean bot,
            boolean mine,
            String text,
            boolean removed,
            Instant sentAt,
            Boolean readByCounterpart) {

        static MessageView of(ChatMessage message, UUID viewerId, long counterpartLastReadId) {
            boolean mine = viewerId.equals(message.senderId());
            return new MessageView(
                    message.id(),
                    message.senderId(),
                    message.bot(),
                    mine,
                    message.body(),
                    message.removed(),
                    message.sentAt(),
                    mine ? message.id() <= counterpartLastReadId : null);
        }
    }

    /**
     * A page of history, paged by message id.
     *
     * @param nextBefore pass as {@code before} for the next older page; absent when there is nothing older
     * @param nextAfter pass as {@code after} to fetch what arrives later
     */
    record MessagePage(List<MessageView> content, int size, Long nextBefore, Long nextAfter) {}

    /** Unread messages across all my conversations. */
    record UnreadCount(long unread) {}
}
