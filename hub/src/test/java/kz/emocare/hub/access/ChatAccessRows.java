package kz.emocare.hub.access;

import static kz.emocare.hub.access.Who.ASSIGNED_PSYCHOLOGIST;
import static kz.emocare.hub.access.Who.ASSIGNED_VOLUNTEER;
import static kz.emocare.hub.access.Who.OTHER_PSYCHOLOGIST;
import static kz.emocare.hub.access.Who.OTHER_USER;
import static kz.emocare.hub.access.Who.OWNER;

import java.util.List;
import org.springframework.http.HttpMethod;

/**
 * Chat: only the two participants reach a conversation (others get 404 or 403); only users, volunteers and
 * psychologists chat at all, so administrators, clinicians and machines are refused everywhere.
 */
class ChatAccessRows implements AccessRows {

    @Override
    public List<Row> rows() {
        return List.of(
                Row.get(
                        "/api/v1/conversations",
                        Who.only(OWNER, OTHER_USER, ASSIGNED_VOLUNTEER, ASSIGNED_PSYCHOLOGIST, OTHER_PSYCHOLOGIST)),
                Row.call(
                        HttpMethod.POST,
                        "/api/v1/conversations",
                        world -> new Object[0],
                        (world, who) -> "{\"counterpartId\":\"" + counterpart(world, who) + "\"}",
                        Who.only(OWNER, ASSIGNED_VOLUNTEER, ASSIGNED_PSYCHOLOGIST)),
                Row.get(
                        "/api/v1/conversations/unread-count",
                        Who.only(OWNER, OTHER_USER, ASSIGNED_VOLUNTEER, ASSIGNED_PSYCHOLOGIST, OTHER_PSYCHOLOGIST)),
                Row.get(
                        "/api/v1/conversations/{conversationId}",
                        world -> new Object[] {world.conversation.id()},
                        Who.only(OWNER, ASSIGNED_VOLUNTEER)),
                Row.get(
                        "/api/v1/conversations/{conversationId}/messages",
                        world -> new Object[] {world.conversation.id()},
                        Who.only(OWNER, ASSIGNED_VOLUNTEER)),
                Row.call(
                        HttpMethod.POST,
                        "/api/v1/conversations/{conversationId}/messages",
                        world -> new Object[] {world.conversation.id()},
                        (world, who) -> "{\"text\":\"Қалайсың? 🙂\"}",
                        Who.only(OWNER, ASSIGNED_VOLUNTEER)),
                Row.call(
                        HttpMethod.POST,
                        "/api/v1/conversations/{conversationId}/read",
                        world -> new Object[] {world.conversation.id()},
                        (world, who) -> "{\"messageId\":" + world.ownerMessageId + "}",
                        Who.only(OWNER, ASSIGNED_VOLUNTEER)));
    }

    /** Users name the owner's volunteer, everybody else names the owner. */
    private static Object counterpart(World world, Who who) {
        return who == OWNER || who == OTHER_USER ? world.volunteer.id() : world.owner.id();
    }
}
