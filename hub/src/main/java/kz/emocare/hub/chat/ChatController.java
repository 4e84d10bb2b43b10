package kz.emocare.hub.chat;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import kz.emocare.contracts.identity.Role;
import kz.emocare.hub.platform.Actor;
import kz.emocare.hub.platform.ForbiddenException;
import kz.emocare.hub.platform.InvalidRequestException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "Chat",
        description = "Conversations between users and the volunteers or psychologists assigned to them. Only the two"
                + " participants read a conversation; administrators never do.")
@RestController
@RequestMapping("/api/v1/conversations")
@PreAuthorize("hasAnyRole('USER', 'VOLUNTEER', 'PSYCHOLOGIST')")
class ChatController {

    private static final String KEY_PATTERN = "[A-Za-z0-9._:-]{1,64}";

    private final Conversations conversations;

    ChatController(Conversations conversations) {
        this.conversations = conversations;
    }

    @Operation(summary = "My conversations", description = "Most recent activity first, with unread counts.")
    @GetMapping
    Page<ChatViews.ConversationView> list(Actor actor, Pageable page) {
        return conversations.ofPerson(chatter(actor), page).map(ChatViews.ConversationView::of);
    }

    @Operation(
            summary = "Open a conversation with an assigned counterpart",
            description = "A user names their volunteer or psychologist, a helper names their user. Answers 201 for a"
                    + " new conversation and 200 with the existing one; 403 when the two are not assigned.")
    @PostMapping
    ResponseEntity<ChatViews.ConversationView> open(Actor actor, @Valid @RequestBody OpenRequest request) {
        Conversations.Opened opened = conversations.open(chatter(actor), request.counterpartId());
        ChatViews.ConversationView view = ChatViews.ConversationView.of(opened.overview());
        if (!opened.created()) {
            return ResponseEntity.ok(view);
        }
        return ResponseEntity.created(URI.create("/api/v1/conversations/" + view.id()))
                .body(view);
    }

    @Operation(summary = "How many messages I have not read, across all my conversations")
    @GetMapping("/unread-count")
    ChatViews.UnreadCount unreadCount(Actor actor) {
        return new ChatViews.UnreadCount(conversations.unreadTotal(chatter(actor)));
    }

    @Operation(summary = "One of my conversations")
    @GetMapping("/{conversationId}")
    ChatViews.ConversationView get(Actor actor, @PathVariable UUID conversationId) {
        return ChatViews.ConversationView.of(conversations.overview(chatter(actor), conversationId));
    }

    @Operation(
            summary = "Messages of a conversation",
            description = "Newest first, paged by message id: pass nextBefore as 'before' for older messages. With"
                    + " 'after', the messages that came after that id, oldest first (for catching up).")
    @GetMapping("/{conversationId}/messages")
    ChatViews.MessagePage history(
            Actor actor,
            @PathVariable UUID conversationId,
            @Parameter(description = "return messages older than this id") @RequestParam(required = false) @Positive
                    Long before,
            @Parameter(description = "return messages newer than this id")
                    @RequestParam(required = false)
                    @PositiveOrZero
                    Long after,
            @RequestParam(defaultValue = "50") @Min(1) @Max(100) int size) {
        UUID viewerId = chatter(actor);
        List<ChatMessage> found = conversations.history(viewerId, conversationId, before, after, size);
        Conversation conversation = conversations.participating(viewerId, conversationId);
        long counterpartLastRead = conversation.lastReadBy(conversation.counterpartOf(viewerId));
        List<ChatViews.MessageView> views = found.stream()
                .map(message -> ChatViews.MessageView.of(message, viewerId, counterpartLastRead))
                .toList();
        return page(views, size, before, after);
    }

    @Operation(
            summary = "Send a message",
            description = "Text up to " + ChatMessage.MAX_LENGTH + " characters. Send an Idempotency-Key header (or"
                    + " clientMessageId) to make retries safe: a repeat answers 200 with the first message. 409 when"
                    + " the care assignment has ended.")
    @PostMapping("/{conversationId}/messages")
    ResponseEntity<ChatViews.MessageView> send(
            Actor actor,
            @PathVariable UUID conversationId,
            @RequestHeader(name = "Idempotency-Key", required = false) @Pattern(regexp = KEY_PATTERN)
                    String idempotencyKey,
            @Valid @RequestBody SendRequest request) {
        UUID senderId = chatter(actor);
        Conversations.Sent sent =
                conversations.send(senderId, conversationId, request.text(), request.key(idempotencyKey));
        Conversation conversation = conversations.participating(senderId, conversationId);
        long counterpartLastRead = conversation.lastReadBy(conversation.counterpartOf(senderId));
        ChatViews.MessageView view = ChatViews.MessageView.of(sent.message(), senderId, counterpartLastRead);
        if (sent.replayed()) {
            return ResponseEntity.ok().header("Idempotent-Replayed", "true").body(view);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(view);
    }

    @Operation(
            summary = "Mark messages as read",
            description = "Moves my read pointer to the message (never back); the other side sees it as a receipt.")
    @PostMapping("/{conversationId}/read")
    ChatViews.ConversationView markRead(
            Actor actor, @PathVariable UUID conversationId, @Valid @RequestBody ReadRequest request) {
        return ChatViews.ConversationView.of(
                conversations.markRead(chatter(actor), conversationId, request.messageId()));
    }

    /** The person behind a chat request. Administrators do not read chats, whatever other role they hold. */
    private static UUID chatter(Actor actor) {
        if (actor.has(Role.ADMINISTRATOR)) {
            throw new ForbiddenException("Administrators do not read or write chats.");
        }
        return actor.requirePerson();
    }

    private static ChatViews.MessagePage page(List<ChatViews.MessageView> views, int size, Long before, Long after) {
        if (after != null) {
            Long newest = views.isEmpty() ? after : views.get(views.size() - 1).id();
            return new ChatViews.MessagePage(views, size, null, newest);
        }
        Long older = views.size() == size ? views.get(views.size() - 1).id() : null;
        if (before != null) {
            return new ChatViews.MessagePage(views, size, older, null);
        }
        Long newest = views.isEmpty() ? 0L : views.get(0).id();
        return new ChatViews.MessagePage(views, size, older, newest);
    }

    record OpenRequest(@NotNull UUID counterpartId) {}

    /**
     * A message to send.
     *
     * @param clientMessageId the idempotency key, for clients that cannot set the Idempotency-Key header
     */
    record SendRequest(
            @NotBlank @Size(max = ChatMessage.MAX_LENGTH) String text,
            @Pattern(regexp = KEY_PATTERN) String clientMessageId) {

        /** The idempotency key from the header or the body; they must agree when both are given. */
        String key(String header) {
            if (header != null && clientMessageId != null && !header.equals(clientMessageId)) {
                throw new InvalidRequestException(
                        "conflicting-idempotency-keys", "The Idempotency-Key header and clientMessageId differ.");
            }
            return header != null ? header : clientMessageId;
        }
    }

    record ReadRequest(@NotNull @Positive Long messageId) {}
}
