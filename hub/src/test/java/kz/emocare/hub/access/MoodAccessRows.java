package kz.emocare.hub.access;

import static kz.emocare.hub.access.Who.CONSENTED_CLINICIAN;
import static kz.emocare.hub.access.Who.OTHER_USER;
import static kz.emocare.hub.access.Who.OWNER;

import java.util.List;
import kz.emocare.hub.mood.MoodFixtures;
import kz.emocare.hub.mood.MoodTracker;
import org.springframework.http.HttpMethod;

/**
 * Mood entries belong to their owner (users record their own); a clinician reads a patient's levels only under a
 * treatment consent covering mood. Helpers and administrators never read mood.
 */
class MoodAccessRows implements AccessRows {

    @Override
    public List<Row> rows() {
        return List.of(
                Row.call(
                        HttpMethod.POST,
                        "/api/v1/me/mood-entries",
                        world -> new Object[0],
                        (world, who) -> "{\"level\":6,\"tags\":[\"SLEEP\"],\"note\":\"Ұйықтадым 😴\"}",
                        Who.only(OWNER, OTHER_USER)),
                Row.get("/api/v1/me/mood-entries", Who.only(OWNER, OTHER_USER)),
                Row.get(
                        "/api/v1/me/mood-entries/{entryId}",
                        world -> new Object[] {entryOfOwner(world)},
                        Who.only(OWNER)),
                Row.call(
                        HttpMethod.DELETE,
                        "/api/v1/me/mood-entries/{entryId}",
                        world -> new Object[] {entryOfOwner(world)},
                        null,
                        Who.only(OWNER)),
                Row.get("/api/v1/me/mood-trends", Who.only(OWNER, OTHER_USER)),
                Row.get("/api/v1/mood/tags", Who.signedIn()),
                Row.get(
                        "/api/v1/patients/{personId}/mood-entries",
                        world -> new Object[] {world.owner.id()},
                        Who.only(CONSENTED_CLINICIAN)),
                Row.get(
                        "/api/v1/patients/{personId}/mood-trends",
                        world -> new Object[] {world.owner.id()},
                        Who.only(CONSENTED_CLINICIAN)));
    }

    private static long entryOfOwner(World world) {
        return MoodFixtures.entryOf(world.bean(MoodTracker.class), world.owner.id());
    }
}
