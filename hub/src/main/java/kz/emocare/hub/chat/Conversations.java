package kz.emocare.hub.chat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.emocare.hub.person.CareAssignment;
import kz.emocare.hub.person.CareTeam;
import kz.emocare.hub.person.People;
import kz.emocare.hub.person.Person;
import kz.emocare.hub.platform.ConflictException;
import kz.emocare.hub.platform.ForbiddenException;
import kz.emocare.hub.platform.InvalidRequestException;
import kz.emocare.hub.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Conversations between users and the helpers assigned to them. Who may talk to whom follows the care team: either
 * side opens a conversation only with an assigned counterpart, and once the assignment ends the conversation is
 * read-only. A participant is the only one who can see a conversation; a conversation of others is "not found".
 *
 * <p>Sends are idempotent under the sender's key: a retry finds the first message. Every new message is published as
 * a {@link ChatMessageSent} inside the transaction.
 */
@Service
public class Conversations {

    private static final Logger log = LoggerFactory.getLogger(Conversations.class);

    private final ConversationRepository conversations;
    private final ChatMessageRepository messages;
    private final CareTeam careTeam;
    private final People people;
    private final OutOfHoursNotice notice;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Conversations(
            ConversationRepository conversations,
            ChatMessageRepository messages,
            CareTeam careTeam,
            People people,
            OutOfHoursNotice notice,
            ApplicationEventPublisher publisher,
            TransactionTemplate transactions,
            Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.careTeam = careTeam;
        this.people = people;
        this.notice = notice;
        this.publisher = publisher;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Opens the conversation between the person and an assigned counterpart (a user opens one with their helper, a
     * helper with their user), or finds the one they already have.
     */
    public Opened open(UUID personId, UUID counterpartId) {
        try {
            return transactions.execute(status -> openOrFind(personId, counterpartId));
        } catch (DataIntegrityViolationException bothOpenedAtOnce) {
            // The other side opened the same conversation in the same moment; theirs is the one.
            return transactions.execute(status -> openOrFind(personId, counterpartId));
        }
    }

    /**
     * Sends a message. With an idempotency key, a repeated send returns the first message instead of adding one; the
     * same key with a different text is refused. A user's message outside helper hours gets the bot's notice.
     */
    public Sent send(UUID senderId, UUID conversationId, String text, String idempotencyKey) {
        return send(senderId, conversationId, text, idempotencyKey, true);
    }

    /** Sends; {@code botMayAnswer} false leaves out the out-of-hours notice (demo data, which must be repeatable). */
    Sent send(UUID senderId, UUID conversationId, String text, String idempotencyKey, boolean botMayAnswer) {
        try {
            return transactions.execute(
                    status -> sendLocked(senderId, conversationId, text, idempotencyKey, botMayAnswer));
        } catch (DataIntegrityViolationException concurrentRetry) {
            if (idempotencyKey == null) {
                throw concurrentRetry;
            }
            // A retry with the same key committed first: answer with its message.
            return transactions.execute(status ->
                    replay(senderId, conversationId, text, idempotencyKey).orElseThrow(() -> concurrentRetry));
        }
    }

    /** The person's conversations, most recent activity first, with their unread counts. */
    @Transactional(readOnly = true)
    public Page<ConversationOverview> ofPerson(UUID personId, Pageable page) {
        Page<Conversation> found =
                conversations.findOfPerson(personId, PageRequest.of(page.getPageNumber(), page.getPageSize()));
        Map<UUID, Long> unread = unreadCounts(personId, found.getContent());
        return found.map(conversation -> overview(conversation, personId, unread.getOrDefault(conversation.id(), 0L)));
    }

    /** One conversation of the person. */
    @Transactional(readOnly = true)
    public ConversationOverview overview(UUID personId, UUID conversationId) {
        return overviewWithUnread(participating(personId, conversationId), personId);
    }

    /**
     * A page of the history: without a cursor the newest messages, newest first; {@code before} pages back from a
     * message id; {@code after} returns what came after a message id, oldest first (for a client catching up).
     */
    @Transactional(readOnly = true)
    public List<ChatMessage> history(UUID personId, UUID conversationId, Long before, Long after, int size) {
        participating(personId, conversationId);
        if (before != null && after != null) {
            throw new InvalidRequestException("one-cursor", "Give either 'before' or 'after', not both.");
        }
        if (after != null) {
            return messages.findByConversationIdAndIdGreaterThanOrderByIdAsc(conversationId, after, Limit.of(size));
        }
        long cursor = before != null ? before : Long.MAX_VALUE;
        return messages.findByConversationIdAndIdLessThanOrderByIdDesc(conversationId, cursor, Limit.of(size));
    }

    /** Moves the person's read pointer forward to a message of the conversation (never back). */
    @Transactional
    public ConversationOverview markRead(UUID personId, UUID conversationId, long messageId) {
        Conversation conversation = participating(personId, conversationId);
        messages.findById(messageId)
                .filter(message -> message.conversationId().equals(conversationId))
                .orElseThrow(() -> new InvalidRequestException(
                        "unknown-message", "The message is not part of this conversation."));
        conversation.markRead(personId, messageId);
        return overview(personId, conversationId);
    }

    /** How many messages the person has not read, across all their conversations. */
    @Transactional(readOnly = true)
    public long unreadTotal(UUID personId) {
        return messages.countAllUnread(personId);
    }

    /** A participant's conversation, or a 404 that does not tell whether it exists for others. */
    @Transactional(readOnly = true)
    public Conversation participating(UUID personId, UUID conversationId) {
        return conversations
                .findById(conversationId)
                .filter(conversation -> conversation.hasParticipant(personId))
                .orElseThrow(() -> new NotFoundException("No such conversation."));
    }

    /** A message a participant may see (e.g. to push it over a WebSocket after {@link ChatMessageSent}). */
    @Transactional(readOnly = true)
    public ChatMessage message(UUID personId, long messageId) {
        ChatMessage message = messages.findById(messageId).orElseThrow(() -> new NotFoundException("No such message."));
        participating(personId, message.conversationId());
        return message;
    }

    /** Every conversation of the person with its whole history, oldest message first (for the data export). */
    @Transactional(readOnly = true)
    List<Map.Entry<Conversation, List<ChatMessage>>> everythingOf(UUID personId) {
        return conversations.findByClientIdOrHelperId(personId, personId).stream()
                .map(conversation ->
                        Map.entry(conversation, messages.findByConversationIdOrderByIdAsc(conversation.id())))
                .toList();
    }

    /** Removes the text of every message the person sent; their partners keep the conversation, with placeholders. */
    @Transactional
    int eraseMessagesOf(UUID personId) {
        List<ChatMessage> sent = messages.findBySenderId(personId);
        sent.forEach(ChatMessage::remove);
        return sent.size();
    }

    private Opened openOrFind(UUID personId, UUID counterpartId) {
        CareAssignment assignment = assignmentBetween(personId, counterpartId);
        Optional<Conversation> existing =
                conversations.findByClientIdAndHelperId(assignment.clientId(), assignment.helperId());
        if (existing.isPresent()) {
            return new Opened(overviewWithUnread(existing.get(), personId), false);
        }
        Conversation conversation = conversations.saveAndFlush(new Conversation(
                assignment.clientId(), assignment.helperId(), assignment.helperRole(), clock.instant()));
        log.debug("Person {} opened conversation {}", personId, conversation.id());
        return new Opened(overview(conversation, personId, 0L), true);
    }

    /** The active assignment linking the two people, whichever of them is the helper. */
    private CareAssignment assignmentBetween(UUID personId, UUID counterpartId) {
        Optional<CareAssignment> asClient = activeAssignment(personId, counterpartId);
        return asClient.or(() -> activeAssignment(counterpartId, personId))
                .orElseThrow(() -> new ForbiddenException(
                        "not-assigned",
                        "You can chat only with a volunteer or psychologist assigned to you, or with a user assigned"
                                + " to you."));
    }

    private Optional<CareAssignment> activeAssignment(UUID clientId, UUID helperId) {
        return careTeam.helpersOf(clientId).stream()
                .filter(assignment -> assignment.helperId().equals(helperId))
                .findFirst();
    }

    private Sent sendLocked(
            UUID senderId, UUID conversationId, String text, String idempotencyKey, boolean botMayAnswer) {
        // The lock comes first: sends to one conversation queue here, so a retry sees the first attempt's message.
        Conversation conversation = conversations
                .lockById(conversationId)
                .filter(candidate -> candidate.hasParticipant(senderId))
                .orElseThrow(() -> new NotFoundException("No such conversation."));

        // Idempotency: the same key from the same sender answers with the first message, even when read-only now.
        if (idempotencyKey != null) {
            Optional<Sent> replayed = replay(senderId, conversationId, text, idempotencyKey);
            if (replayed.isPresent()) {
                return replayed.get();
            }
        }

        // Only while the care assignment lasts.
        if (!careTeam.isAssigned(conversation.helperId(), conversation.clientId())) {
            throw new ConflictException(
                    "conversation-read-only",
                    "The care assignment behind this conversation has ended; it can be read but not written to.");
        }

        ChatMessage message =
                messages.save(ChatMessage.fromPerson(conversationId, senderId, text, idempotencyKey, clock.instant()));
        conversation.recordMessage(message);
        publisher.publishEvent(new ChatMessageSent(conversationId, message.id(), senderId));
        log.debug("Person {} sent message {} in conversation {}", senderId, message.id(), conversationId);

        // The bot answers a user who writes out of hours, once per notice interval.
        if (botMayAnswer && conversation.sideOf(senderId) == Participant.CLIENT) {
            noticeIfOutOfHours(conversation);
        }
        return new Sent(message, false);
    }

    private Optional<Sent> replay(UUID senderId, UUID conversationId, String text, String idempotencyKey) {
        return messages.findByConversationIdAndSenderIdAndClientMessageId(conversationId, senderId, idempotencyKey)
                .map(first -> {
                    if (!first.sameTextAs(text)) {
                        throw new InvalidRequestException(
                                "idempotency-key-reused",
                                "This idempotency key was used for a different message; use a new key for a new"
                                        + " message.");
                    }
                    return new Sent(first, true);
                });
    }

    private void noticeIfOutOfHours(Conversation conversation) {
        if (!notice.outOfHours()
                || messages.existsByConversationIdAndBotTrueAndSentAtAfter(conversation.id(), notice.repeatAfter())) {
            return;
        }
        String text = notice.text(
                people.find(conversation.clientId()).map(Person::language).orElse(null));
        ChatMessage bot = messages.save(ChatMessage.fromBot(conversation.id(), text, clock.instant()));
        conversation.recordMessage(bot);
        publisher.publishEvent(new ChatMessageSent(conversation.id(), bot.id(), null));
        log.debug("The bot sent its out-of-hours notice {} in conversation {}", bot.id(), conversation.id());
    }

    private Map<UUID, Long> unreadCounts(UUID personId, List<Conversation> page) {
        if (page.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = page.stream().map(Conversation::id).toList();
        return messages.countUnread(personId, ids).stream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> ((Number) row[1]).longValue()));
    }

    private ConversationOverview overviewWithUnread(Conversation conversation, UUID viewerId) {
        long unread = unreadCounts(viewerId, List.of(conversation)).getOrDefault(conversation.id(), 0L);
        return overview(conversation, viewerId, unread);
    }

    private ConversationOverview overview(Conversation conversation, UUID viewerId, long unread) {
        String counterpartName = people.find(conversation.counterpartOf(viewerId))
                .map(Person::displayName)
                .orElse(null);
        boolean writable = careTeam.isAssigned(conversation.helperId(), conversation.clientId());
        return new ConversationOverview(conversation, viewerId, counterpartName, unread, writable);
    }

    /** The outcome of opening: the conversation, and whether this call created it. */
    public record Opened(ConversationOverview overview, boolean created) {}

    /** The outcome of sending: the message, and whether it was an earlier send replayed under the same key. */
    public record Sent(ChatMessage message, boolean replayed) {}
}
