package kz.emocare.hub.chat;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ConversationRepository extends JpaRepository<Conversation, UUID> {

    Optional<Conversation> findByClientIdAndHelperId(UUID clientId, UUID helperId);

    /** The conversation, locked for the rest of the transaction: sends to one conversation happen one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Conversation c where c.id = :id")
    Optional<Conversation> lockById(@Param("id") UUID id);

    /** The person's conversations, most recent activity first (new conversations without messages last). */
    @Query(
            value = "select c from Conversation c where c.clientId = :personId or c.helperId = :personId"
                    + " order by case when c.lastMessageId is null then 0 else 1 end desc,"
                    + " c.lastMessageId desc, c.openedAt desc, c.id",
            countQuery = "select count(c) from Conversation c where c.clientId = :personId or c.helperId = :personId")
    Page<Conversation> findOfPerson(@Param("personId") UUID personId, Pageable page);

    List<Conversation> findByClientIdOrHelperId(UUID clientId, UUID helperId);
}
