package kz.emocare.hub.chat;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ChatMessageRepository extends JpaRepository<ChatMessage, Long> {

    Optional<ChatMessage> findByConversationIdAndSenderIdAndClientMessageId(
            UUID conversationId, UUID senderId, String clientMessageId);

    /** A page of history going back in time: messages older than the cursor, newest first. */
    List<ChatMessage> findByConversationIdAndIdLessThanOrderByIdDesc(UUID conversationId, long before, Limit limit);

    /** Messages newer than the cursor, oldest first: what a polling client has not seen yet. */
    List<ChatMessage> findByConversationIdAndIdGreaterThanOrderByIdAsc(UUID conversationId, long after, Limit limit);

    boolean existsByConversationIdAndBotTrueAndSentAtAfter(UUID conversationId, Instant since);

    List<ChatMessage> findByConversationIdOrderByIdAsc(UUID conversationId);

    List<ChatMessage> findBySenderId(UUID senderId);

    /**
     * Unread messages of the person per conversation: messages of the others (the bot's included) after the person's
     * read pointer.
     */
    @Query("select m.conversationId, count(m) from ChatMessage m, Conversation c"
            + " where c.id = m.conversationId and c.id in :conversationIds"
            + " and (m.senderId is null or m.senderId <> :personId)"
            + " and m.id > case when c.clientId = :personId then c.clientLastReadId else c.helperLastReadId end"
            + " group by m.conversationId")
    List<Object[]> countUnread(
            @Param("personId") UUID personId, @Param("conversationIds") Collection<UUID> conversationIds);

    /** Unread messages of the person across all their conversations. */
    @Query("select count(m) from ChatMessage m, Conversation c"
            + " where c.id = m.conversationId and (c.clientId = :personId or c.helperId = :personId)"
            + " and (m.senderId is null or m.senderId <> :personId)"
            + " and m.id > case when c.clientId = :personId then c.clientLastReadId else c.helperLastReadId end")
    long countAllUnread(@Param("personId") UUID personId);
}
