package kz.emocare.hub.chat;

import java.util.UUID;
import kz.emocare.contracts.identity.Role;

/**
 * A conversation as one participant sees it.
 *
 * @param conversation the conversation
 * @param viewerId the participant looking at it
 * @param counterpartName the other participant's display name
 * @param unreadCount messages of the others (the bot's included) after the viewer's read pointer
 * @param writable whether new messages may be sent: only while the care assignment behind it lasts
 */
public record ConversationOverview(
        Conversation conversation, UUID viewerId, String counterpartName, long unreadCount, boolean writable) {

    public Participant viewerSide() {
        return conversation.sideOf(viewerId);
    }

    public UUID counterpartId() {
        return conversation.counterpartOf(viewerId);
    }

    /** The counterpart's role: the helper's role, or USER when the viewer is the helper. */
    public Role counterpartRole() {
        return viewerSide() == Participant.CLIENT ? conversation.helperRole() : Role.USER;
    }

    public long viewerLastReadId() {
        return conversation.lastReadBy(viewerId);
    }

    public long counterpartLastReadId() {
        return conversation.lastReadBy(counterpartId());
    }
}
