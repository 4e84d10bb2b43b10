package kz.emocare.hub.access;

import static kz.emocare.hub.access.Who.ASSIGNED_PSYCHOLOGIST;
import static kz.emocare.hub.access.Who.ASSIGNED_VOLUNTEER;
import static kz.emocare.hub.access.Who.OTHER_PSYCHOLOGIST;
import static kz.emocare.hub.access.Who.OTHER_USER;
import static kz.emocare.hub.access.Who.OWNER;

import java.util.List;
import java.util.UUID;
import kz.emocare.hub.crisis.CrisisDesk;
import kz.emocare.hub.crisis.CrisisFixtures;
import kz.emocare.hub.support.TestPeople;
import org.springframework.http.HttpMethod;

/**
 * Help lines are public. Users ask for help and see their own requests. Every psychologist sees the queue and may
 * acknowledge (take) an open request; only the psychologist who took a request resolves it. Volunteers see the
 * requests of the users assigned to them and cannot act on them. Clinicians and administrators see none.
 */
class CrisisAccessRows implements AccessRows {

    @Override
    public List<Row> rows() {
        return List.of(
                Row.get("/api/v1/help-lines", Who.everyone()),
                Row.call(
                        HttpMethod.POST,
                        "/api/v1/me/crisis-requests",
                        world -> new Object[0],
                        (world, who) -> "{\"message\":\"Маған көмек керек\",\"callBack\":true}",
                        Who.only(OWNER, OTHER_USER)),
                Row.get("/api/v1/me/crisis-requests", Who.only(OWNER, OTHER_USER)),
                Row.get(
                        "/api/v1/me/crisis-requests/{requestId}",
                        world -> new Object[] {requestOfOwner(world)},
                        Who.only(OWNER)),
                Row.get(
                        "/api/v1/crisis-requests",
                        Who.only(ASSIGNED_VOLUNTEER, ASSIGNED_PSYCHOLOGIST, OTHER_PSYCHOLOGIST)),
                Row.get(
                        "/api/v1/crisis-requests/{requestId}",
                        world -> new Object[] {requestOfOwner(world)},
                        Who.only(ASSIGNED_VOLUNTEER, ASSIGNED_PSYCHOLOGIST, OTHER_PSYCHOLOGIST)),
                Row.call(
                        HttpMethod.POST,
                        "/api/v1/crisis-requests/{requestId}/acknowledgement",
                        world -> new Object[] {requestOfAFreshUser(world)},
                        null,
                        Who.only(ASSIGNED_PSYCHOLOGIST, OTHER_PSYCHOLOGIST)),
                Row.call(
                        HttpMethod.POST,
                        "/api/v1/crisis-requests/{requestId}/resolution",
                        world -> new Object[] {requestTakenByTheAssignedPsychologist(world)},
                        (world, who) -> "{\"outcome\":\"SUPPORTED\",\"note\":\"Сөйлестік, жағдайы жақсы.\"}",
                        Who.only(ASSIGNED_PSYCHOLOGIST)));
    }

    private static UUID requestOfOwner(World world) {
        return CrisisFixtures.helpRequestOf(world.bean(CrisisDesk.class), world.owner.id());
    }

    private static UUID requestOfAFreshUser(World world) {
        return CrisisFixtures.helpRequestOf(
                world.bean(CrisisDesk.class),
                world.bean(TestPeople.class).user().id());
    }

    private static UUID requestTakenByTheAssignedPsychologist(World world) {
        return CrisisFixtures.acknowledgedBy(
                world.bean(CrisisDesk.class),
                world.bean(TestPeople.class).user().id(),
                world.actor(ASSIGNED_PSYCHOLOGIST));
    }
}
