/**
 * Chat between a user and a volunteer or psychologist assigned to them: conversations, messages encrypted at rest,
 * read pointers and unread counts, and the bot's out-of-hours notice. Every new message is published as {@link
 * kz.emocare.hub.chat.ChatMessageSent} (ids only), so that the web pages can push it over a WebSocket.
 */
package kz.emocare.hub.chat;
