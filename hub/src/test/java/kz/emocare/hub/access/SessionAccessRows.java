package kz.emocare.hub.access;

import static kz.emocare.hub.access.Who.ASSIGNED_PSYCHOLOGIST;
import static kz.emocare.hub.access.Who.OTHER_PSYCHOLOGIST;
import static kz.emocare.hub.access.Who.OTHER_USER;
import static kz.emocare.hub.access.Who.OWNER;

import java.util.List;
import kz.emocare.hub.session.TherapySessions;
import org.springframework.http.HttpMethod;

/**
 * Therapy sessions: psychologists publish and withdraw their slots; a user books only their assigned psychologist's
 * slots; a session is seen and cancelled by its two participants, and marked completed or no-show by its
 * psychologist. Rows that change a slot or session get a fresh one per call.
 */
class SessionAccessRows implements AccessRows {

    @Override
    public List<Row> rows() {
        return List.of(
                Row.call(
                        HttpMethod.POST,
                        "/api/v1/session-slots",
                        world -> new Object[0],
                        (world, who) -> "{\"startsAt\":\"" + world.nextSlotStart() + "\",\"durationMinutes\":50}",
                        Who.only(ASSIGNED_PSYCHOLOGIST, OTHER_PSYCHOLOGIST)),
                Row.get("/api/v1/session-slots/mine", Who.only(ASSIGNED_PSYCHOLOGIST, OTHER_PSYCHOLOGIST)),
                Row.get("/api/v1/session-slots", Who.only(OWNER, OTHER_USER)),
                Row.call(
                        HttpMethod.DELETE,
                        "/api/v1/session-slots/{slotId}",
                        world -> new Object[] {freshSlot(world)},
                        null,
                        Who.only(ASSIGNED_PSYCHOLOGIST)),
                Row.call(
                        HttpMethod.POST,
                        "/api/v1/sessions",
                        world -> new Object[0],
                        (world, who) -> "{\"slotId\":\"" + freshSlot(world) + "\"}",
                        Who.only(OWNER)),
                Row.get("/api/v1/sessions", Who.everyPerson()),
                Row.get(
                        "/api/v1/sessions/{sessionId}",
                        world -> new Object[] {world.session.id()},
                        Who.only(OWNER, ASSIGNED_PSYCHOLOGIST)),
                Row.call(
                        HttpMethod.POST,
                        "/api/v1/sessions/{sessionId}/cancel",
                        world -> new Object[] {world.bookedSession().id()},
                        (world, who) -> "{\"reason\":\"Ауырып қалдым\"}",
                        Who.only(OWNER, ASSIGNED_PSYCHOLOGIST)),
                Row.call(
                        HttpMethod.POST,
                        "/api/v1/sessions/{sessionId}/complete",
                        world -> new Object[] {world.startedSession().id()},
                        null,
                        Who.only(ASSIGNED_PSYCHOLOGIST)),
                Row.call(
                        HttpMethod.POST,
                        "/api/v1/sessions/{sessionId}/no-show",
                        world -> new Object[] {world.startedSession().id()},
                        null,
                        Who.only(ASSIGNED_PSYCHOLOGIST)));
    }

    /** A new open slot of the owner's psychologist. */
    private static Object freshSlot(World world) {
        return world.bean(TherapySessions.class)
                .publish(world.psychologist.id(), world.nextSlotStart(), null)
                .id();
    }
}
