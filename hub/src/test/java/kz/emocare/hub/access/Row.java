package kz.emocare.hub.access;

import java.util.Set;
import java.util.function.Function;
import org.springframework.http.HttpMethod;

/**
 * One endpoint of the matrix: how to call it in the {@link World}, and who must be allowed. Everybody else must get
 * 401, 403 or 404.
 *
 * @param method the HTTP method
 * @param template the path template as mapped in the controller, e.g. {@code /api/v1/people/{personId}}
 * @param variables the values of the template's variables for this world
 * @param body the JSON body for this world and actor, or {@code null}
 * @param allowed who must get a 2xx answer
 * @param freshActor whether each person actor is replaced by a new person with the same roles (for calls that
 *     change the caller's own account for good, such as erasure)
 */
record Row(
        HttpMethod method,
        String template,
        Function<World, Object[]> variables,
        BodyFactory body,
        Set<Who> allowed,
        boolean freshActor) {

    /** Builds a request body for the actor making the call. */
    @FunctionalInterface
    interface BodyFactory {
        String body(World world, Who who);
    }

    static Row get(String template, Function<World, Object[]> variables, Set<Who> allowed) {
        return new Row(HttpMethod.GET, template, variables, null, allowed, false);
    }

    static Row get(String template, Set<Who> allowed) {
        return get(template, world -> new Object[0], allowed);
    }

    static Row call(
            HttpMethod method,
            String template,
            Function<World, Object[]> variables,
            BodyFactory body,
            Set<Who> allowed) {
        return new Row(method, template, variables, body, allowed, false);
    }

    /** The same row, called by a new person with the actor's roles instead of the world's person. */
    Row byFreshActor() {
        return new Row(method, template, variables, body, allowed, true);
    }

    String key() {
        return method.name() + " " + template;
    }
}
