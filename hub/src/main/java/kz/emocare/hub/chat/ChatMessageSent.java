package kz.emocare.hub.chat;

import java.util.UUID;

/**
 * Published inside the sending transaction for every new chat message, the bot's included. It carries ids only: a
 * listener that pushes the message to the other participant (after commit) loads what it may show.
 *
 * @param senderId the sending person, or {@code null} for a bot message
 */
public record ChatMessageSent(UUID conversationId, long messageId, UUID senderId) {}
