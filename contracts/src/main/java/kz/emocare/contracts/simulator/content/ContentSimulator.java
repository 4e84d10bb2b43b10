package kz.emocare.contracts.simulator.content;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import kz.emocare.contracts.content.ContentPlatformApi;
import kz.emocare.contracts.content.Lesson;
import kz.emocare.contracts.content.LessonChange;
import kz.emocare.contracts.content.LessonChangePage;
import kz.emocare.contracts.content.LessonCompletion;
import kz.emocare.contracts.simulator.SimulatedSystem;
import kz.emocare.contracts.simulator.http.BadRequestException;
import kz.emocare.contracts.simulator.http.Html;
import kz.emocare.contracts.simulator.http.Json;
import kz.emocare.contracts.simulator.http.ProtocolErrors;
import kz.emocare.contracts.simulator.http.Router;
import kz.emocare.contracts.simulator.http.SimulatorRequest;
import kz.emocare.contracts.simulator.http.SimulatorResponse;

/**
 * The simulated content platform: the lesson change feed, lesson reads, completions, and a plain page per lesson.
 * Control: {@code POST /__generation} appends changes (body {@code {"updates":n,"deletions":n,"additions":n}}),
 * {@code GET /__completions} counts completions, {@code DELETE /__completions} forgets them.
 */
public final class ContentSimulator implements SimulatedSystem {

    /** Lessons at start-up. */
    public static final int INITIAL_LESSONS = 240;

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final String CURSOR_PREFIX = "seq:";

    private final String apiKey;
    private final Clock clock;
    private final ChangeLog changes;
    private final CompletionLedger completions;
    private final ContentErrors errors = new ContentErrors();

    public ContentSimulator(long seed, String apiKey, Clock clock, Supplier<String> baseUrl) {
        this.apiKey = apiKey;
        this.clock = clock;
        this.changes = new ChangeLog(new LessonCatalog(seed, baseUrl), INITIAL_LESSONS, seed, clock);
        this.completions = new CompletionLedger(clock);
    }

    @Override
    public String name() {
        return "content-platform";
    }

    @Override
    public Router routes() {
        return new Router()
                .add("GET", ContentPlatformApi.CHANGES_PATH, this::changes)
                .add("GET", ContentPlatformApi.LESSON_PATH, this::lesson)
                .add("POST", ContentPlatformApi.COMPLETIONS_PATH, this::recordCompletion)
                .add("GET", ContentPlatformApi.COMPLETION_PATH, this::completion)
                .add("GET", "/content/lessons/{id}", this::lessonPage);
    }

    @Override
    public Router controlRoutes() {
        return new Router()
                .add("POST", "/__generation", this::advance)
                .add(
                        "GET",
                        "/__completions",
                        request -> SimulatorResponse.json(200, Map.of("count", completions.size())))
                .add("DELETE", "/__completions", request -> {
                    completions.clear();
                    return SimulatorResponse.empty(204);
                });
    }

    @Override
    public ProtocolErrors errors() {
        return errors;
    }

    /** Appends catalogue changes as {@code POST /__generation} does. */
    public Map<String, Integer> advanceCatalogue(int updates, int deletions, int additions) {
        return changes.advance(updates, deletions, additions);
    }

    private SimulatorResponse changes(SimulatorRequest request) {
        authenticate(request);
        int limit = integer(request, "limit", ContentPlatformApi.DEFAULT_LIMIT);
        if (limit < 1 || limit > ContentPlatformApi.MAXIMUM_LIMIT) {
            throw invalid("limit must be between 1 and " + ContentPlatformApi.MAXIMUM_LIMIT);
        }
        long after = request.queryParameter("cursor")
                .map(ContentSimulator::decodeCursor)
                .orElseGet(() ->
                        request.queryParameter("since").map(this::sequenceAt).orElse(0L));
        List<LessonChange> page = changes.after(after, limit);
        long last = page.isEmpty() ? after : page.get(page.size() - 1).sequence();
        return SimulatorResponse.json(
                200, new LessonChangePage(page, encodeCursor(last), last < changes.lastSequence()));
    }

    private SimulatorResponse lesson(SimulatorRequest request) {
        authenticate(request);
        return SimulatorResponse.json(200, currentLesson(request.pathVariable("id")));
    }

    private SimulatorResponse recordCompletion(SimulatorRequest request) {
        authenticate(request);
        LessonCompletion completion = Json.read(request.body(), LessonCompletion.class);
        check(completion);
        currentLesson(completion.lessonId());
        CompletionLedger.Outcome outcome = completions.record(completion);
        if (outcome.receipt() == null) {
            throw new BadRequestException(
                    409, "completion-conflict", "this completionId was used for another completion");
        }
        return SimulatorResponse.json(outcome.created() ? 201 : 200, outcome.receipt());
    }

    private SimulatorResponse completion(SimulatorRequest request) {
        authenticate(request);
        UUID id;
        try {
            id = UUID.fromString(request.pathVariable("id"));
        } catch (IllegalArgumentException e) {
            throw invalid("the completion id is not a UUID");
        }
        return SimulatorResponse.json(200, completions.receipt(id).orElseThrow(() -> notFound("no completion " + id)));
    }

    private SimulatorResponse lessonPage(SimulatorRequest request) {
        Lesson lesson = currentLesson(request.pathVariable("id"));
        String title = lesson.title().in(lesson.language());
        String body = "<h1 lang=\"" + lesson.language() + "\">" + Html.escape(title) + "</h1>\n"
                + "<p>Topics: " + Html.escape(String.join(", ", lesson.topics())) + ". Age "
                + Html.escape(lesson.ageBand())
                + ", " + lesson.durationMinutes() + " minutes.</p>\n"
                + "<p class=\"hint\">Content platform simulator: the lesson itself is not simulated.</p>\n";
        return SimulatorResponse.withText(200, SimulatorResponse.HTML, Html.page("en", title, body));
    }

    private SimulatorResponse advance(SimulatorRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, Object> body = request.body().length == 0 ? Map.of() : Json.read(request.body(), Map.class);
        return SimulatorResponse.json(
                200,
                changes.advance(count(body, "updates", 5), count(body, "deletions", 2), count(body, "additions", 3)));
    }

    private Lesson currentLesson(String id) {
        return changes.current(LessonCatalog.number(id)).orElseThrow(() -> notFound("no lesson " + id));
    }

    private void check(LessonCompletion completion) {
        if (completion.completionId() == null
                || completion.lessonId() == null
                || completion.completedAt() == null
                || completion.learnerRef() == null) {
            throw invalid("completionId, lessonId, learnerRef and completedAt are required");
        }
        if (!completion.learnerRef().matches("[A-Za-z0-9_-]{8,100}")) {
            throw invalid("learnerRef must be a pseudonymous token of 8 to 100 letters, digits, '-' or '_'");
        }
        if (completion.progressPercent() < 0 || completion.progressPercent() > 100) {
            throw invalid("progressPercent must be between 0 and 100");
        }
        if (completion.completedAt().isAfter(clock.instant().plus(CLOCK_SKEW))) {
            throw invalid("completedAt is in the future");
        }
    }

    private void authenticate(SimulatorRequest request) {
        if (!request.header(ContentPlatformApi.API_KEY_HEADER)
                .map(apiKey::equals)
                .orElse(false)) {
            throw new BadRequestException(401, "unauthorized", "a valid X-Api-Key is required");
        }
    }

    private long sequenceAt(String since) {
        try {
            return changes.sequenceAt(Instant.parse(since));
        } catch (DateTimeParseException e) {
            throw invalid("since must be an ISO-8601 instant");
        }
    }

    private static String encodeCursor(long sequence) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((CURSOR_PREFIX + sequence).getBytes(StandardCharsets.UTF_8));
    }

    private static long decodeCursor(String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!decoded.startsWith(CURSOR_PREFIX)) {
                throw invalid("the cursor is not one this platform issued");
            }
            long sequence = Long.parseLong(decoded.substring(CURSOR_PREFIX.length()));
            if (sequence < 0) {
                throw invalid("the cursor is not one this platform issued");
            }
            return sequence;
        } catch (IllegalArgumentException e) {
            throw invalid("the cursor is not one this platform issued");
        }
    }

    private static int integer(SimulatorRequest request, String name, int fallback) {
        try {
            return request.queryParameter(name).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            throw invalid(name + " must be a whole number");
        }
    }

    private static int count(Map<String, Object> body, String name, int fallback) {
        Object value = body.get(name);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Number number) || number.intValue() < 0) {
            throw invalid(name + " must be a whole number of 0 or more");
        }
        return number.intValue();
    }

    private static BadRequestException invalid(String message) {
        return new BadRequestException(400, "invalid-request", message);
    }

    private static BadRequestException notFound(String message) {
        return new BadRequestException(404, "not-found", message);
    }
}
