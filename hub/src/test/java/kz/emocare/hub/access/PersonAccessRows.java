package kz.emocare.hub.access;

import static kz.emocare.hub.access.Who.ADMINISTRATOR;
import static kz.emocare.hub.access.Who.ASSIGNED_PSYCHOLOGIST;
import static kz.emocare.hub.access.Who.ASSIGNED_VOLUNTEER;
import static kz.emocare.hub.access.Who.OTHER_PSYCHOLOGIST;

import java.util.List;
import kz.emocare.contracts.identity.IdentityProvider;
import kz.emocare.hub.person.CareAssignment;
import kz.emocare.hub.person.CareTeam;
import kz.emocare.hub.person.Person;
import kz.emocare.hub.support.TestPeople;
import org.springframework.http.HttpMethod;

class PersonAccessRows implements AccessRows {

    @Override
    public List<Row> rows() {
        return List.of(
                Row.get("/api/v1/me", Who.everyPerson()),
                Row.call(
                        HttpMethod.PATCH,
                        "/api/v1/me",
                        world -> new Object[0],
                        (world, who) -> "{\"textSize\":\"LARGE\",\"highContrast\":true}",
                        Who.everyPerson()),
                Row.get("/api/v1/me/helpers", Who.everyPerson()),
                Row.get("/api/v1/me/clients", Who.only(ASSIGNED_VOLUNTEER, ASSIGNED_PSYCHOLOGIST, OTHER_PSYCHOLOGIST)),
                Row.get("/api/v1/me/export", Who.everyPerson()),
                Row.call(
                                HttpMethod.POST,
                                "/api/v1/me/erasure",
                                world -> new Object[0],
                                (world, who) -> "{\"confirm\":true}",
                                Who.everyPerson())
                        .byFreshActor(),
                Row.get("/api/v1/people", Who.only(ADMINISTRATOR)),
                Row.call(
                        HttpMethod.POST,
                        "/api/v1/people",
                        world -> new Object[0],
                        (world, who) ->
                                "{\"displayName\":\"Новый волонтёр\",\"language\":\"RU\",\"roles\":[\"VOLUNTEER\"]}",
                        Who.only(ADMINISTRATOR)),
                Row.get(
                        "/api/v1/people/{personId}",
                        world -> new Object[] {world.owner.id()},
                        Who.only(ADMINISTRATOR, ASSIGNED_VOLUNTEER, ASSIGNED_PSYCHOLOGIST)),
                Row.call(
                        HttpMethod.PUT,
                        "/api/v1/people/{personId}/roles",
                        world -> new Object[] {world.otherUser.id()},
                        (world, who) -> "{\"roles\":[\"USER\"]}",
                        Who.only(ADMINISTRATOR)),
                Row.call(
                        HttpMethod.POST,
                        "/api/v1/assignments",
                        world -> new Object[0],
                        (world, who) -> assignmentOfAFreshUser(world),
                        Who.only(ADMINISTRATOR)),
                Row.call(
                        HttpMethod.DELETE,
                        "/api/v1/assignments/{assignmentId}",
                        world -> new Object[] {freshAssignment(world).id()},
                        null,
                        Who.only(ADMINISTRATOR)),
                Row.get("/api/v1/organizations", Who.signedIn()),
                Row.get(
                        "/api/v1/organizations/{organizationId}",
                        world -> new Object[] {world.clinic.id()},
                        Who.signedIn()),
                Row.call(
                        HttpMethod.POST,
                        "/api/v1/identities/resolve",
                        world -> new Object[0],
                        (world, who) -> "{\"provider\":\"" + IdentityProvider.SCHOOL + "\",\"subject\":\"matrix-" + who
                                + "\",\"displayName\":\"Ученик\"}",
                        Who.nobody()),
                Row.call(
                        HttpMethod.POST,
                        "/api/v1/identities/link",
                        world -> new Object[0],
                        (world, who) -> "{\"provider\":\"EGOV\",\"subject\":\"matrix-link-" + who + "\",\"personId\":\""
                                + world.owner.id() + "\"}",
                        Who.nobody()));
    }

    private static String assignmentOfAFreshUser(World world) {
        Person user = world.bean(TestPeople.class).user();
        return "{\"clientId\":\"" + user.id() + "\",\"helperId\":\"" + world.volunteer.id() + "\"}";
    }

    private static CareAssignment freshAssignment(World world) {
        Person user = world.bean(TestPeople.class).user();
        return world.bean(CareTeam.class).assign(user.id(), world.volunteer.id(), world.actor(Who.ADMINISTRATOR));
    }
}
