package kz.emocare.hub.access;

import static kz.emocare.hub.access.Who.ADMINISTRATOR;
import static kz.emocare.hub.access.Who.ASSIGNED_PSYCHOLOGIST;
import static kz.emocare.hub.access.Who.ASSIGNED_VOLUNTEER;
import static kz.emocare.hub.access.Who.OTHER_PSYCHOLOGIST;
import static kz.emocare.hub.access.Who.OTHER_USER;
import static kz.emocare.hub.access.Who.OWNER;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.emocare.hub.community.Communities;
import kz.emocare.hub.community.Community;
import kz.emocare.hub.community.CommunityPost;
import kz.emocare.hub.community.CommunityPosts;
import kz.emocare.hub.person.Person;
import kz.emocare.hub.support.TestPeople;
import org.springframework.http.HttpMethod;

/**
 * Communities: everybody with a person's token sees the catalogue; administrators manage it; users, volunteers and
 * psychologists join; members read and post (the owner is the member here); psychologists and administrators
 * moderate. Rows that change memberships use a fresh community, so no row changes who may call another.
 */
class CommunityAccessRows implements AccessRows {

    private static final Set<Who> JOINERS =
            Who.only(OWNER, OTHER_USER, ASSIGNED_VOLUNTEER, ASSIGNED_PSYCHOLOGIST, OTHER_PSYCHOLOGIST);
    private static final Set<Who> MODERATORS = Who.only(ASSIGNED_PSYCHOLOGIST, OTHER_PSYCHOLOGIST, ADMINISTRATOR);
    private static final String COMMUNITY_BODY =
            "{\"title\":{\"kk\":\"Достар\",\"en\":\"Friends\"},\"themes\":[\"friendship\"]}";

    @Override
    public List<Row> rows() {
        return List.of(
                Row.get("/api/v1/communities", Who.everyPerson()),
                Row.call(
                        HttpMethod.POST,
                        "/api/v1/communities",
                        world -> new Object[0],
                        (world, who) -> COMMUNITY_BODY,
                        Who.only(ADMINISTRATOR)),
                Row.get(
                        "/api/v1/communities/{communityId}",
                        world -> new Object[] {world.community.id()},
                        Who.everyPerson()),
                Row.call(
                        HttpMethod.PUT,
                        "/api/v1/communities/{communityId}",
                        world -> new Object[] {world.community.id()},
                        (world, who) -> COMMUNITY_BODY,
                        Who.only(ADMINISTRATOR)),
                Row.call(
                        HttpMethod.POST,
                        "/api/v1/communities/{communityId}/archive",
                        world -> new Object[] {world.freshCommunity().id()},
                        null,
                        Who.only(ADMINISTRATOR)),
                Row.call(
                        HttpMethod.POST,
                        "/api/v1/communities/{communityId}/membership",
                        world -> new Object[] {world.freshCommunity().id()},
                        null,
                        JOINERS),
                Row.call(
                        HttpMethod.DELETE,
                        "/api/v1/communities/{communityId}/membership",
                        world -> new Object[] {world.freshCommunity().id()},
                        null,
                        JOINERS),
                Row.get(
                        "/api/v1/communities/{communityId}/members",
                        world -> new Object[] {world.community.id()},
                        MODERATORS),
                Row.call(
                        HttpMethod.POST,
                        "/api/v1/communities/{communityId}/members/{personId}/remove",
                        CommunityAccessRows::freshMember,
                        (world, who) -> "{\"reason\":\"Spam\",\"blockDays\":7}",
                        MODERATORS),
                Row.call(
                        HttpMethod.POST,
                        "/api/v1/communities/{communityId}/members/{personId}/readmit",
                        CommunityAccessRows::freshRemovedMember,
                        null,
                        MODERATORS),
                Row.get(
                        "/api/v1/communities/{communityId}/posts",
                        world -> new Object[] {world.community.id()},
                        Who.only(OWNER, ASSIGNED_PSYCHOLOGIST, OTHER_PSYCHOLOGIST, ADMINISTRATOR)),
                Row.call(
                        HttpMethod.POST,
                        "/api/v1/communities/{communityId}/posts",
                        world -> new Object[] {world.community.id()},
                        (world, who) -> "{\"text\":\"Ә Ғ Қ Ң Ө Ұ Ү Һ І 🌿\"}",
                        Who.only(OWNER)),
                Row.call(
                        HttpMethod.POST,
                        "/api/v1/communities/{communityId}/posts/{postId}/hide",
                        world -> new Object[] {
                            world.community.id(), freshPost(world).id()
                        },
                        (world, who) -> "{\"reason\":\"Personal contact details\"}",
                        MODERATORS),
                Row.call(
                        HttpMethod.POST,
                        "/api/v1/communities/{communityId}/posts/{postId}/unhide",
                        world -> new Object[] {
                            world.community.id(), freshHiddenPost(world).id()
                        },
                        null,
                        MODERATORS));
    }

    /** A fresh community with a fresh member: {communityId, personId}. */
    private static Object[] freshMember(World world) {
        Community community = world.freshCommunity();
        Person member = world.bean(TestPeople.class).user();
        world.bean(Communities.class).join(member.id(), community.id());
        return new Object[] {community.id(), member.id()};
    }

    private static Object[] freshRemovedMember(World world) {
        Object[] ids = freshMember(world);
        world.bean(Communities.class)
                .removeMember(world.actor(ADMINISTRATOR), (UUID) ids[0], (UUID) ids[1], "Spam", null);
        return ids;
    }

    private static CommunityPost freshPost(World world) {
        return world.bean(CommunityPosts.class).publish(world.owner.id(), world.community.id(), "Сәлем");
    }

    private static CommunityPost freshHiddenPost(World world) {
        CommunityPost post = freshPost(world);
        return world.bean(CommunityPosts.class)
                .hide(world.actor(ADMINISTRATOR), world.community.id(), post.id(), "Off topic");
    }
}
