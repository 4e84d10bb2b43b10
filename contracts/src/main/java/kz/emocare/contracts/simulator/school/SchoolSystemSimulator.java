package kz.emocare.contracts.simulator.school;

import java.time.Clock;
import java.util.Map;
import kz.emocare.contracts.simulator.SimulatedSystem;
import kz.emocare.contracts.simulator.http.BadRequestException;
import kz.emocare.contracts.simulator.http.Json;
import kz.emocare.contracts.simulator.http.ProtocolErrors;
import kz.emocare.contracts.simulator.http.Router;
import kz.emocare.contracts.simulator.http.SimulatorRequest;
import kz.emocare.contracts.simulator.http.SimulatorResponse;
import kz.emocare.contracts.simulator.population.GenerationChange;
import kz.emocare.contracts.simulator.population.Population;

/**
 * The simulated school system: OAuth2, the {@code /v2} API with a per-client rate limit, and two control operations:
 * {@code POST /__generation} changes the roster (body {@code {"moves":n,"departures":n,"arrivals":n}}, defaults 0.5 %
 * of the pupils each) and {@code POST /__rate-limit} (body {@code {"requestsPerSecond":n}}) changes the limit.
 */
public final class SchoolSystemSimulator implements SimulatedSystem {

    private static final double DEFAULT_CHANGE_SHARE = 0.005;

    private final Population population;
    private final RateLimiter rateLimiter;
    private final Router routes = new Router();
    private final SchoolErrors errors = new SchoolErrors();

    public SchoolSystemSimulator(Population population, SchoolSystemSettings settings, Clock clock) {
        this.population = population;
        this.rateLimiter = new RateLimiter(clock, settings.requestsPerSecond());
        AccessTokens tokens = new AccessTokens(clock, settings.tokenLifetime());
        new SchoolOAuth(population, settings.clients(), tokens, new AuthorizationCodes(clock)).addTo(routes);
        new SchoolApi(population, tokens, rateLimiter).addTo(routes);
    }

    @Override
    public String name() {
        return "school-system";
    }

    @Override
    public Router routes() {
        return routes;
    }

    @Override
    public Router controlRoutes() {
        return new Router()
                .add("GET", "/__generation", request -> SimulatorResponse.json(200, generationStatus()))
                .add("POST", "/__generation", this::advanceGeneration)
                .add("GET", "/__rate-limit", request -> rateLimitStatus())
                .add("POST", "/__rate-limit", this::changeRateLimit);
    }

    @Override
    public ProtocolErrors errors() {
        return errors;
    }

    /** Moves, removes and enrols pupils as {@code POST /__generation} does. */
    public GenerationChange advanceGeneration(int moves, int departures, int arrivals) {
        return population.roster().advance(moves, departures, arrivals);
    }

    private SimulatorResponse advanceGeneration(SimulatorRequest request) {
        Map<String, Object> body = readObject(request);
        int defaultCount = (int) Math.max(1, Math.round(population.settings().pupils() * DEFAULT_CHANGE_SHARE));
        GenerationChange change = advanceGeneration(
                count(body, "moves", defaultCount),
                count(body, "departures", defaultCount),
                count(body, "arrivals", defaultCount));
        return SimulatorResponse.json(200, change);
    }

    private SimulatorResponse changeRateLimit(SimulatorRequest request) {
        int requestsPerSecond = count(readObject(request), "requestsPerSecond", rateLimiter.rate());
        try {
            rateLimiter.changeRate(requestsPerSecond);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        return rateLimitStatus();
    }

    private SimulatorResponse rateLimitStatus() {
        return SimulatorResponse.json(200, Map.of("requestsPerSecond", rateLimiter.rate()));
    }

    private Map<String, Object> generationStatus() {
        var roster = population.roster();
        return Map.of(
                "generation", roster.generation(),
                "pupilsEver", roster.pupilsEver(),
                "schools", population.schools().size());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readObject(SimulatorRequest request) {
        return request.body().length == 0 ? Map.of() : Json.read(request.body(), Map.class);
    }

    private static int count(Map<String, Object> body, String name, int fallback) {
        Object value = body.get(name);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Number number) || number.intValue() < 0) {
            throw new BadRequestException(name + " must be a whole number of 0 or more");
        }
        return number.intValue();
    }
}
