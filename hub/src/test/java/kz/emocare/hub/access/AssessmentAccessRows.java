package kz.emocare.hub.access;

import static kz.emocare.hub.access.Who.ASSIGNED_PSYCHOLOGIST;
import static kz.emocare.hub.access.Who.ASSIGNED_VOLUNTEER;
import static kz.emocare.hub.access.Who.CONSENTED_CLINICIAN;
import static kz.emocare.hub.access.Who.OTHER_USER;
import static kz.emocare.hub.access.Who.OWNER;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import kz.emocare.hub.assessment.Answer;
import kz.emocare.hub.assessment.AssessmentSource;
import kz.emocare.hub.assessment.Assessments;
import org.springframework.http.HttpMethod;

/**
 * Self-test results are seen by their owner, by the volunteer and psychologist assigned to the owner, and by a
 * clinician under a treatment consent covering screening results. Instruments are readable with any token.
 */
class AssessmentAccessRows implements AccessRows {

    static final String WHO5_RESPONSE = "{\"instrument\":\"WHO-5\",\"answers\":["
            + "{\"item\":\"who-5-1\",\"value\":3},{\"item\":\"who-5-2\",\"value\":3},{\"item\":\"who-5-3\",\"value\":2},"
            + "{\"item\":\"who-5-4\",\"value\":4},{\"item\":\"who-5-5\",\"value\":3}]}";

    @Override
    public List<Row> rows() {
        return List.of(
                Row.get("/api/v1/instruments", Who.signedIn()),
                Row.get("/api/v1/instruments/{code}", world -> new Object[] {"PHQ-9"}, Who.signedIn()),
                Row.call(
                        HttpMethod.POST,
                        "/api/v1/me/assessments",
                        world -> new Object[0],
                        (world, who) -> WHO5_RESPONSE,
                        Who.only(OWNER, OTHER_USER)),
                Row.get("/api/v1/me/assessments", Who.only(OWNER, OTHER_USER)),
                Row.get(
                        "/api/v1/me/assessments/{assessmentId}",
                        world -> new Object[] {resultOfOwner(world)},
                        Who.only(OWNER)),
                Row.get(
                        "/api/v1/clients/{personId}/assessments",
                        world -> new Object[] {world.owner.id()},
                        Who.only(ASSIGNED_VOLUNTEER, ASSIGNED_PSYCHOLOGIST)),
                Row.get(
                        "/api/v1/patients/{personId}/assessments",
                        world -> new Object[] {world.owner.id()},
                        Who.only(CONSENTED_CLINICIAN)));
    }

    private static UUID resultOfOwner(World world) {
        List<Answer> answers = IntStream.rangeClosed(1, 5)
                .mapToObj(item -> new Answer("who-5-" + item, 3))
                .toList();
        return world.bean(Assessments.class)
                .submit(world.owner.id(), "WHO-5", answers, null, AssessmentSource.APP)
                .id();
    }
}
