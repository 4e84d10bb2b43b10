package kz.emocare.hub.assessment;

import static kz.emocare.hub.support.Tokens.person;
import static kz.emocare.hub.support.Tokens.personAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.emocare.contracts.identity.Role;
import kz.emocare.hub.consent.Consent;
import kz.emocare.hub.consent.DataCategory;
import kz.emocare.hub.consent.DisclosureLog;
import kz.emocare.hub.person.CareTeam;
import kz.emocare.hub.person.Organization;
import kz.emocare.hub.person.People;
import kz.emocare.hub.person.Person;
import kz.emocare.hub.platform.Actor;
import kz.emocare.hub.support.HubTest;
import kz.emocare.hub.support.TestClinics;
import kz.emocare.hub.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@HubTest
@RecordApplicationEvents
class AssessmentsTest {

    static final InstrumentCatalogue CATALOGUE = new InstrumentCatalogue();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople people;

    @Autowired
    Assessments assessments;

    @Autowired
    CareTeam careTeam;

    @Autowired
    DisclosureLog disclosures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationContext context;

    @Autowired
    ApplicationEvents events;

    TestClinics clinics;
    Person owner;

    @BeforeEach
    void createOwner() {
        clinics = new TestClinics(context);
        owner = people.user();
    }

    @Test
    void submitWhenCompleteThenScoredBandedStoredAndEventPublished() throws Exception {
        String body = submit(owner, response("PHQ-9", 12, false, "ru"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.result.instrument").value("PHQ-9"))
                .andExpect(jsonPath("$.result.score").value(12))
                .andExpect(jsonPath("$.result.maxScore").value(27))
                .andExpect(jsonPath("$.result.band").value("moderate"))
                .andExpect(jsonPath("$.result.bandLabel").value("Умеренная депрессия"))
                .andExpect(jsonPath("$.result.advice", notNullValue()))
                .andExpect(jsonPath("$.result.answers.length()").value(9))
                .andExpect(jsonPath("$.result.crisisRequestId").doesNotExist())
                .andExpect(jsonPath("$.helpLines").doesNotExist())
                .andReturn()
                .getResponse()
                .getContentAsString();
        UUID id = UUID.fromString(JsonPath.read(body, "$.result.id"));

        mvc.perform(get("/api/v1/me/assessments/{id}", id).with(tokenOf(owner)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("ru"))
                .andExpect(jsonPath("$.answers[0].item").value("44250-9"));
        assertThat(events.stream(AssessmentCompleted.class))
                .anyMatch(event -> event.assessmentId().equals(id)
                        && event.score() == 12
                        && event.band().equals("moderate")
                        && event.source() == AssessmentSource.APP);
    }

    @Test
    void myResultsArePagedNewestFirstAndFilteredByInstrument() throws Exception {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        assessments.submit(
                owner.id(), "GAD-7", answers("GAD-7", 3), now.minus(3, ChronoUnit.DAYS), AssessmentSource.APP);
        assessments.submit(
                owner.id(), "WHO-5", answers("WHO-5", 20), now.minus(2, ChronoUnit.DAYS), AssessmentSource.APP);
        assessments.submit(
                owner.id(), "GAD-7", answers("GAD-7", 16), now.minus(1, ChronoUnit.DAYS), AssessmentSource.APP);

        mvc.perform(get("/api/v1/me/assessments").param("instrument", "gad-7").with(tokenOf(owner)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(2))
                .andExpect(jsonPath("$.content[0].band").value("severe"))
                .andExpect(jsonPath("$.content[1].band").value("minimal"));
        mvc.perform(get("/api/v1/me/assessments").param("size", "1").with(tokenOf(owner)))
                .andExpect(jsonPath("$.page.totalElements").value(3))
                .andExpect(jsonPath("$.content[0].instrument").value("GAD-7"));
        mvc.perform(get("/api/v1/me/assessments").param("instrument", "BDI").with(tokenOf(owner)))
                .andExpect(status().isUnprocessableContent());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "missing item | {\"instrument\":\"GAD-7\",\"answers\":[{\"item\":\"69725-0\",\"value\":1}]}"
                        + " | 422 | missing-answers",
                "repeated item | " + "GAD7_REPEATED" + " | 422 | duplicate-answer",
                "value out of range | " + "GAD7_OUT_OF_RANGE" + " | 422 | answer-out-of-range",
                "unknown item | " + "GAD7_UNKNOWN_ITEM" + " | 422 | unknown-item",
                "unknown instrument | {\"instrument\":\"BDI-II\",\"answers\":[]} | 422 | unknown-instrument",
                "no answers list | {\"instrument\":\"GAD-7\"} | 400 | validation",
                "value not a number | {\"instrument\":\"GAD-7\",\"answers\":[{\"item\":\"69725-0\",\"value\":\"x\"}]}"
                        + " | 400 | unreadable-body",
                "unknown language | " + "GAD7_GERMAN" + " | 400 | validation"
            })
    void submitWhenResponseInvalidThenProblemAndNothingStored(String name, String body, int status, String problemType)
            throws Exception {
        submit(owner, expand(body))
                .andExpect(status().is(status))
                .andExpect(jsonPath("$.type").value("urn:emocare:problem:" + problemType));

        assertThat(resultsOf(owner)).isZero();
        assertThat(crisisRequestsOf(owner)).isZero();
    }

    @Test
    void submitWhenCompletedInTheFutureThenProblemAndNothingStored() throws Exception {
        String future = clock.instant().plus(1, ChronoUnit.DAYS).toString();
        String body = response("GAD-7", 3, false, null)
                .replace("{\"instrument\"", "{\"completedAt\":\"" + future + "\",\"instrument\"");

        submit(owner, body)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:emocare:problem:completed-in-future"));

        assertThat(resultsOf(owner)).isZero();
    }

    @ParameterizedTest
    @CsvSource({"PHQ-9", "PHQ-A"})
    void positiveItemNineOpensACrisisRequestEvenWithTotalOne(String instrument) throws Exception {
        String body = submit(owner, response(instrument, 1, true, "kk"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.result.score").value(1))
                .andExpect(jsonPath("$.result.band").value("minimal"))
                .andExpect(jsonPath("$.result.flags[0]").value("SELF_HARM_RISK"))
                .andExpect(jsonPath("$.result.crisisRequestId", notNullValue()))
                .andExpect(jsonPath("$.helpLines[*].number", hasItem("150")))
                .andExpect(jsonPath("$.helpLines[*].number", hasItem("112")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String requestId = JsonPath.read(body, "$.result.crisisRequestId");
        String assessmentId = JsonPath.read(body, "$.result.id");

        mvc.perform(get("/api/v1/me/crisis-requests/{id}", requestId).with(tokenOf(owner)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value("SCREENING"))
                .andExpect(jsonPath("$.state").value("OPEN"))
                .andExpect(jsonPath("$.assessmentId").value(assessmentId));
        Person psychologist = people.withRole(Role.PSYCHOLOGIST);
        mvc.perform(get("/api/v1/crisis-requests/{id}", requestId).with(person(psychologist.id(), Role.PSYCHOLOGIST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.personId").value(owner.id().toString()));
    }

    @Test
    void submitThroughThePortScoresAnswersGivenAsCodes() {
        Instrument phq9 = CATALOGUE.get("PHQ-9");
        List<Answer> answers = phq9.items().stream()
                .map(item ->
                        new Answer(item.code(), phq9.answerValue("LA6570-1").orElseThrow()))
                .toList();

        AssessmentResult result = assessments.submit(owner.id(), "PHQ-9", answers, null, AssessmentSource.FHIR);

        assertThat(result.score()).isEqualTo(18);
        assertThat(result.band()).isEqualTo("moderately-severe");
        assertThat(result.selfHarmRisk()).isTrue();
        assertThat(result.crisisRequestId()).isNotNull();
        assertThat(result.source()).isEqualTo(AssessmentSource.FHIR);
    }

    @Test
    void assignedHelpersSeeResultsAndOthersGetNotFound() throws Exception {
        Person volunteer = people.withRole(Role.VOLUNTEER);
        Person psychologist = people.withRole(Role.PSYCHOLOGIST);
        Person otherPsychologist = people.withRole(Role.PSYCHOLOGIST);
        people.assign(owner, volunteer);
        people.assign(owner, psychologist);
        assessments.submit(owner.id(), "WHO-5", answers("WHO-5", 10), null, AssessmentSource.APP);

        clientResults(volunteer, Role.VOLUNTEER)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].score").value(40))
                .andExpect(jsonPath("$.content[0].band").value("poor-wellbeing"));
        clientResults(psychologist, Role.PSYCHOLOGIST).andExpect(status().isOk());
        clientResults(otherPsychologist, Role.PSYCHOLOGIST).andExpect(status().isNotFound());
    }

    @Test
    void helperWhoseAssignmentEndedGetsNotFound() throws Exception {
        Person volunteer = people.withRole(Role.VOLUNTEER);
        people.assign(owner, volunteer);
        clientResults(volunteer, Role.VOLUNTEER).andExpect(status().isOk());

        careTeam.helpersOf(owner.id())
                .forEach(assignment -> careTeam.end(
                        assignment.id(),
                        new Actor("admin", UUID.randomUUID(), Set.of(Role.ADMINISTRATOR), null, Set.of())));

        clientResults(volunteer, Role.VOLUNTEER).andExpect(status().isNotFound());
    }

    @Test
    void clinicianSeesResultsOnlyUnderAScreeningConsentAndTheReadIsDisclosed() throws Exception {
        Organization clinic = clinics.clinic();
        Person clinician = people.clinicianAt(clinic.id());
        assessments.submit(owner.id(), "GAD-7", answers("GAD-7", 11), null, AssessmentSource.APP);
        Consent moodOnly = clinics.treatmentConsent(owner.id(), clinic.id(), DataCategory.MOOD);

        String withoutScreening = patientResults(clinician, owner.id())
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String unknown = patientResults(clinician, UUID.randomUUID())
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<String>read(withoutScreening, "$.detail")).isEqualTo(JsonPath.read(unknown, "$.detail"));
        assertThat(JsonPath.<String>read(withoutScreening, "$.type")).isEqualTo(JsonPath.read(unknown, "$.type"));

        Consent screening = clinics.treatmentConsent(owner.id(), clinic.id(), DataCategory.SCREENING);
        patientResults(clinician, owner.id())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].band").value("moderate"));
        assertThat(disclosures.ofPerson(owner.id(), Pageable.unpaged()).getContent())
                .anyMatch(disclosure -> disclosure.consentId().equals(screening.id())
                        && disclosure.channel().equals("API_READ")
                        && disclosure.resourceTypes().contains("AssessmentResult")
                        && disclosure.resourceCount() == 1);
        assertThat(moodOnly.categories()).doesNotContain(DataCategory.SCREENING);

        clinics.revoke(screening);
        patientResults(clinician, owner.id()).andExpect(status().isNotFound());
    }

    @Test
    void clinicianSeesOnlyResultsInsideTheConsentDataPeriod() throws Exception {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        assessments.submit(
                owner.id(), "GAD-7", answers("GAD-7", 2), now.minus(40, ChronoUnit.DAYS), AssessmentSource.APP);
        assessments.submit(
                owner.id(), "GAD-7", answers("GAD-7", 15), now.minus(5, ChronoUnit.DAYS), AssessmentSource.APP);
        Organization clinic = clinics.clinic();
        Person clinician = people.clinicianAt(clinic.id());
        clinics.treatmentConsent(owner.id(), clinic.id(), now.minus(30, ChronoUnit.DAYS), null, DataCategory.SCREENING);

        patientResults(clinician, owner.id())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].band").value("severe"));
    }

    @Test
    void instrumentIsServedInTheLanguageAskedForOrTheViewersOwn() throws Exception {
        mvc.perform(get("/api/v1/instruments/{code}", "phq-9")
                        .param("language", "kk")
                        .with(tokenOf(owner)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("PHQ-9"))
                .andExpect(jsonPath("$.instructions").value(containsString("Соңғы 2 аптада")))
                .andExpect(jsonPath("$.items.length()").value(9))
                .andExpect(jsonPath("$.items[8].code").value("44260-8"))
                .andExpect(jsonPath("$.answers[3].code").value("LA6571-9"))
                .andExpect(jsonPath("$.bands.length()").value(5));
        mvc.perform(get("/api/v1/instruments/{code}", "WHO-5").with(tokenOf(owner)))
                .andExpect(jsonPath("$.language").value("en"))
                .andExpect(jsonPath("$.maxScore").value(100));
        mvc.perform(get("/api/v1/instruments").param("language", "ru").with(tokenOf(owner)))
                .andExpect(jsonPath("$.page.totalElements").value(4))
                .andExpect(jsonPath("$.content[*].title", hasItem(containsString("опросник"))));
        mvc.perform(get("/api/v1/instruments/{code}", "BDI-II").with(tokenOf(owner)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/instruments").param("language", "de").with(tokenOf(owner)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void exportContainsAnswersAndErasureRemovesThemKeepingTheBand() throws Exception {
        assessments.submit(owner.id(), "PHQ-9", answers("PHQ-9", 6), null, AssessmentSource.APP);

        mvc.perform(get("/api/v1/me/export").with(tokenOf(owner)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assessments[0].instrument").value("PHQ-9"))
                .andExpect(jsonPath("$.assessments[0].score").value(6))
                .andExpect(jsonPath("$.assessments[0].answers['44250-9']").value(3));

        mvc.perform(post("/api/v1/me/erasure")
                        .with(tokenOf(owner))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"confirm\":true}"))
                .andExpect(status().isNoContent());

        Map<String, Object> stored = jdbc.queryForMap(
                "select band, score, answers, flags from assessment where person_id = ?",
                owner.id().toString());
        assertThat(stored.get("answers")).isNull();
        assertThat(stored.get("band")).isEqualTo("mild");
        assertThat(((Number) stored.get("score")).intValue()).isEqualTo(6);
    }

    @Test
    void demoSeedingIsDeterministicBandedWithoutCrisisAndRunsOncePerPerson() {
        DemoAssessmentData demo = new DemoAssessmentData(
                assessments,
                context.getBean(AssessmentRepository.class),
                CATALOGUE,
                context.getBean(People.class),
                clock);
        Person twin = people.user();

        assertThat(demo.seed(owner.id(), DemoAssessmentData.STUDENT_PLAN, DemoAssessmentData.SEED))
                .isEqualTo(4);
        demo.seed(twin.id(), DemoAssessmentData.STUDENT_PLAN, DemoAssessmentData.SEED);

        assertThat(resultsOf(owner)).isEqualTo(4);
        assertThat(assessments.ofPerson(owner.id(), null, Pageable.unpaged()).getContent())
                .extracting(result -> result.instrument() + " " + result.score() + " " + result.band())
                .containsExactly("WHO-5 56 adequate", "PHQ-A 7 mild", "GAD-7 6 mild", "PHQ-A 9 mild");
        assertThat(answersOf(twin)).isEqualTo(answersOf(owner));
        assertThat(crisisRequestsOf(owner)).isZero();
        assertThat(demo.seed(owner.id(), DemoAssessmentData.STUDENT_PLAN, DemoAssessmentData.SEED))
                .isZero();
    }

    private ResultActions submit(Person who, String body) throws Exception {
        return mvc.perform(post("/api/v1/me/assessments")
                .with(tokenOf(who))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private ResultActions clientResults(Person helper, Role role) throws Exception {
        return mvc.perform(get("/api/v1/clients/{id}/assessments", owner.id()).with(person(helper.id(), role)));
    }

    private ResultActions patientResults(Person clinician, UUID patientId) throws Exception {
        return mvc.perform(get("/api/v1/patients/{id}/assessments", patientId)
                .with(personAt(clinician.id(), clinician.organizationId(), Role.CLINICIAN)));
    }

    private static List<Answer> answers(String instrument, int rawTotal) {
        return InstrumentCatalogueTest.answersSummingTo(CATALOGUE.get(instrument), rawTotal, false);
    }

    private static String response(String instrument, int rawTotal, boolean safetyFirst, String language) {
        String answers =
                InstrumentCatalogueTest.answersSummingTo(CATALOGUE.get(instrument), rawTotal, safetyFirst).stream()
                        .map(answer -> "{\"item\":\"" + answer.item() + "\",\"value\":" + answer.value() + "}")
                        .collect(Collectors.joining(","));
        return "{\"instrument\":\"" + instrument + "\",\"answers\":[" + answers + "]"
                + (language == null ? "" : ",\"language\":\"" + language + "\"") + "}";
    }

    /** Bodies too long for a table cell, built from a complete GAD-7 response. */
    private static String expand(String body) {
        String complete = response("GAD-7", 5, false, null);
        return switch (body) {
            case "GAD7_REPEATED" -> complete.replace("]}", ",{\"item\":\"69725-0\",\"value\":0}]}");
            case "GAD7_OUT_OF_RANGE" ->
                complete.replace("{\"item\":\"69725-0\",\"value\":3}", "{\"item\":\"69725-0\",\"value\":4}");
            case "GAD7_UNKNOWN_ITEM" -> complete.replace("]}", ",{\"item\":\"44260-8\",\"value\":1}]}");
            case "GAD7_GERMAN" -> complete.replace("]}", "],\"language\":\"de\"}");
            default -> body;
        };
    }

    private List<Map<String, Integer>> answersOf(Person who) {
        return assessments.ofPerson(who.id(), null, Pageable.unpaged()).stream()
                .map(AssessmentResult::answers)
                .toList();
    }

    private long resultsOf(Person who) {
        return jdbc.queryForObject(
                "select count(*) from assessment where person_id = ?",
                Long.class,
                who.id().toString());
    }

    private long crisisRequestsOf(Person who) {
        return jdbc.queryForObject(
                "select count(*) from crisis_request where person_id = ?",
                Long.class,
                who.id().toString());
    }

    private static RequestPostProcessor tokenOf(Person who) {
        return person(who.id(), Role.USER);
    }
}
