package kz.emocare.contracts.simulator.school;

import java.util.List;
import java.util.OptionalInt;
import kz.emocare.contracts.school.SchoolSystemApi;
import kz.emocare.contracts.school.SchoolUserContext;
import kz.emocare.contracts.simulator.http.BadRequestException;
import kz.emocare.contracts.simulator.http.Router;
import kz.emocare.contracts.simulator.http.SimulatorRequest;
import kz.emocare.contracts.simulator.http.SimulatorResponse;
import kz.emocare.contracts.simulator.population.ClassRef;
import kz.emocare.contracts.simulator.population.Population;
import kz.emocare.contracts.simulator.population.Pupil;
import kz.emocare.contracts.simulator.school.AccessTokens.TokenGrant;

/**
 * The {@code /v2} operations. Every call needs a valid {@code Access-Token} and passes the client's rate limit; a
 * user token sees the user's own school, a client-credentials token sees every school.
 */
final class SchoolApi {

    private final Population population;
    private final SchoolRecords records;
    private final AccessTokens tokens;
    private final RateLimiter rateLimiter;

    SchoolApi(Population population, AccessTokens tokens, RateLimiter rateLimiter) {
        this.population = population;
        this.records = new SchoolRecords(population);
        this.tokens = tokens;
        this.rateLimiter = rateLimiter;
    }

    void addTo(Router router) {
        router.add("GET", SchoolSystemApi.USERS_ME_PATH, this::usersMe)
                .add("GET", SchoolSystemApi.USERS_ME_CONTEXT_PATH, this::usersMeContext)
                .add("GET", SchoolSystemApi.PERSON_SCHOOLS_PATH, this::personSchools)
                .add("GET", SchoolSystemApi.SCHOOL_EDU_GROUPS_PATH, this::eduGroups)
                .add("GET", SchoolSystemApi.EDU_GROUP_PERSONS_PATH, this::eduGroupPersons)
                .add("GET", SchoolSystemApi.PERSON_PATH, this::person);
    }

    private SimulatorResponse usersMe(SimulatorRequest request) {
        Pupil pupil = signedInPupil(authorize(request));
        return SimulatorResponse.json(200, records.user(pupil));
    }

    private SimulatorResponse usersMeContext(SimulatorRequest request) {
        Pupil pupil = signedInPupil(authorize(request));
        var currentClass = population.roster().currentClass(pupil.index());
        return SimulatorResponse.json(
                200,
                new SchoolUserContext(
                        pupil.userId(),
                        Long.toString(pupil.userId()),
                        pupil.personId(),
                        Long.toString(pupil.personId()),
                        currentClass
                                .map(ref -> List.of(
                                        records.school(population.schools().school(ref.school()))))
                                .orElse(List.of()),
                        currentClass.map(ref -> List.of(records.eduGroup(ref))).orElse(List.of()),
                        List.of("EduStudent")));
    }

    private SimulatorResponse personSchools(SimulatorRequest request) {
        TokenGrant grant = authorize(request);
        PageRequest page = PageRequest.of(request);
        if (grant.userId() != null) {
            Pupil pupil = signedInPupil(grant);
            List<Integer> schools = population.roster().currentClass(pupil.index()).stream()
                    .map(ClassRef::school)
                    .toList();
            return SimulatorResponse.json(
                    200,
                    page.page(
                            schools,
                            school -> records.school(population.schools().school(school))));
        }
        return SimulatorResponse.json(
                200,
                page.page(
                        population.schools().size(),
                        (offset, count) -> java.util.stream.IntStream.range(offset, offset + count)
                                .mapToObj(index ->
                                        records.school(population.schools().school(index)))
                                .toList()));
    }

    private SimulatorResponse eduGroups(SimulatorRequest request) {
        authorize(request);
        PageRequest page = PageRequest.of(request);
        long schoolId = longVariable(request, "school");
        if (!population.schools().contains(schoolId)) {
            throw notFound("no school " + schoolId);
        }
        int school = (int) (schoolId - population.schools().school(0).id());
        return SimulatorResponse.json(200, page.page(population.roster().classes(school), records::eduGroup));
    }

    private SimulatorResponse eduGroupPersons(SimulatorRequest request) {
        authorize(request);
        PageRequest page = PageRequest.of(request);
        ClassRef ref = ClassRef.fromId(longVariable(request, "group"));
        if (!population.roster().classExists(ref)) {
            throw notFound("no edu-group " + request.pathVariable("group"));
        }
        List<Integer> pupils = population.roster().pupilsOf(ref);
        return SimulatorResponse.json(
                200,
                page.page(
                        pupils, index -> records.person(population.pupil(index).orElseThrow())));
    }

    private SimulatorResponse person(SimulatorRequest request) {
        authorize(request);
        long personId = longVariable(request, "person");
        Pupil pupil = population.pupilByPersonId(personId).orElseThrow(() -> notFound("no person " + personId));
        return SimulatorResponse.json(200, records.person(pupil));
    }

    private TokenGrant authorize(SimulatorRequest request) {
        String token = request.header(SchoolSystemApi.ACCESS_TOKEN_HEADER)
                .orElseThrow(() -> new BadRequestException(401, "invalidToken", "the Access-Token header is missing"));
        TokenGrant grant = tokens.verify(token)
                .orElseThrow(
                        () -> new BadRequestException(401, "invalidToken", "the access token is invalid or expired"));
        OptionalInt retryAfter = rateLimiter.acquire(grant.clientId());
        if (retryAfter.isPresent()) {
            throw new RateLimitedException(retryAfter.getAsInt());
        }
        return grant;
    }

    private Pupil signedInPupil(TokenGrant grant) {
        if (grant.userId() == null) {
            throw new BadRequestException(403, "apiRequiresUser", "this operation needs a user's token");
        }
        return population
                .pupilByUserId(grant.userId())
                .orElseThrow(() -> new BadRequestException(401, "invalidToken", "the token's user no longer exists"));
    }

    private static long longVariable(SimulatorRequest request, String name) {
        try {
            return Long.parseLong(request.pathVariable(name));
        } catch (NumberFormatException e) {
            throw new BadRequestException(400, "parameterInvalid", name + " must be a numeric id");
        }
    }

    private static BadRequestException notFound(String message) {
        return new BadRequestException(404, "resourceNotFound", message);
    }
}
