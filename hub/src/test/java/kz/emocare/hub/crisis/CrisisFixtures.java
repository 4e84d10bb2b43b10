package kz.emocare.hub.crisis;

import java.util.UUID;
import kz.emocare.hub.platform.Actor;

/** Crisis requests for tests in other packages (the role matrix), through the desk's package-private API. */
public final class CrisisFixtures {

    private CrisisFixtures() {}

    /** The person's active request (opened now if there is none), as the help button would. */
    public static UUID helpRequestOf(CrisisDesk desk, UUID personId) {
        return desk.raise(personId, CrisisRequest.HelpRequest.NONE).request().id();
    }

    /** A new request of the person, acknowledged by the psychologist. */
    public static UUID acknowledgedBy(CrisisDesk desk, UUID personId, Actor psychologist) {
        UUID requestId = helpRequestOf(desk, personId);
        desk.acknowledge(psychologist, requestId);
        return requestId;
    }
}
