package kz.emocare.hub.mood;

import static kz.emocare.hub.support.Tokens.person;
import static kz.emocare.hub.support.Tokens.personAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.emocare.contracts.identity.Role;
import kz.emocare.hub.consent.Consent;
import kz.emocare.hub.consent.DataCategory;
import kz.emocare.hub.consent.DisclosureLog;
import kz.emocare.hub.person.Organization;
import kz.emocare.hub.person.People;
import kz.emocare.hub.person.Person;
import kz.emocare.hub.support.HubTest;
import kz.emocare.hub.support.TestClinics;
import kz.emocare.hub.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
class MoodTrackerTest {

    static final String KAZAKH_AND_EMOJI = "Бүгін көңілім жақсы: Ә Ғ Қ Ң Ө Ұ Ү Һ І 😊";
    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople people;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    DisclosureLog disclosures;

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
    void recordWhenLevelInRangeThenStoredWithLocalDayAndEventPublished() throws Exception {
        Instant at = Instant.parse("2025-03-10T20:30:00Z");

        String body = record(
                        owner,
                        "{\"level\":7,\"tags\":[\"SLEEP\",\"FRIENDS\"],\"recordedAt\":\"" + at
                                + "\",\"timeZone\":\"Asia/Almaty\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.level").value(7))
                .andExpect(jsonPath("$.timeZone").value("Asia/Almaty"))
                .andExpect(jsonPath("$.localDate")
                        .value(at.atZone(ALMATY).toLocalDate().toString()))
                .andReturn()
                .getResponse()
                .getContentAsString();

        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(get("/api/v1/me/mood-entries/{id}", id).with(tokenOf(owner)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tags.length()").value(2));
        assertThat(events.stream(MoodEntryRecorded.class))
                .anyMatch(event -> event.entryId() == id && event.personId().equals(owner.id()) && event.level() == 7);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"level\":11}",
                "{\"level\":-1}",
                "{}",
                "{\"level\":5,\"tags\":[\"BOREDOM\"]}",
                "{\"level\":5,\"tags\":[\"SLEEP\",\"STUDY\",\"WORK\",\"FAMILY\",\"FRIENDS\",\"HEALTH\"]}",
                "{\"level\":5,\"customTags\":[\"a\",\"b\",\"c\",\"d\"]}",
                "{\"level\":5,\"customTags\":[\"this custom tag is far too long to keep\"]}",
                "{\"level\":5,\"customTags\":[\"\"]}",
                "{\"level\":5,\"level2\":1}",
                "{\"level\":\"happy\"}"
            })
    void recordWhenBodyInvalidThenBadRequestAndNothingStored(String body) throws Exception {
        record(owner, body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(containsString("urn:emocare:problem:")));

        assertThat(entriesOf(owner)).isZero();
    }

    @Test
    void recordWhenNoteTooLongThenBadRequestAndNothingStored() throws Exception {
        record(owner, "{\"level\":5,\"note\":\"" + "я".repeat(MoodEntryDraft.MAX_NOTE_LENGTH + 1) + "\"}")
                .andExpect(status().isBadRequest());

        assertThat(entriesOf(owner)).isZero();
    }

    @Test
    void recordWhenTimeZoneUnknownOrTimeOutOfRangeThenUnprocessableAndNothingStored() throws Exception {
        Instant now = clock.instant();

        record(owner, "{\"level\":5,\"timeZone\":\"Mars/Olympus_Mons\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:emocare:problem:unknown-time-zone"));
        record(owner, "{\"level\":5,\"timeZone\":\"+05:00\"}").andExpect(status().isUnprocessableContent());
        record(owner, "{\"level\":5,\"recordedAt\":\"" + now.plus(1, ChronoUnit.DAYS) + "\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:emocare:problem:recorded-in-future"));
        record(owner, "{\"level\":5,\"recordedAt\":\"" + now.minus(800, ChronoUnit.DAYS) + "\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:emocare:problem:recorded-too-long-ago"));

        assertThat(entriesOf(owner)).isZero();
    }

    @Test
    void kazakhTextAndEmojiRoundTripInNotesAndCustomTagsAndAreEncryptedAtRest() throws Exception {
        String body = record(
                        owner,
                        "{\"level\":8,\"customTags\":[\"Қуаныш 🎉\",\"Ұйқы Һ\"],\"note\":\"" + KAZAKH_AND_EMOJI + "\"}")
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();

        mvc.perform(get("/api/v1/me/mood-entries/{id}", id).with(tokenOf(owner)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.note").value(KAZAKH_AND_EMOJI))
                .andExpect(jsonPath("$.customTags[0]").value("Қуаныш 🎉"))
                .andExpect(jsonPath("$.customTags[1]").value("Ұйқы Һ"));
        Map<String, Object> stored =
                jdbc.queryForMap("select note_cipher, custom_tags_cipher from mood_entry where id = ?", id);
        assertThat(String.valueOf(stored.get("note_cipher")))
                .doesNotContain("көңілім")
                .doesNotContain("😊");
        assertThat(String.valueOf(stored.get("custom_tags_cipher"))).doesNotContain("Қуаныш");
    }

    @Test
    void historyWhenPeriodGivenThenOnlyItsEntriesNewestFirst() throws Exception {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        for (int daysAgo = 1; daysAgo <= 5; daysAgo++) {
            MoodFixtures.entryOf(tracker(), owner.id(), daysAgo, now.minus(daysAgo, ChronoUnit.DAYS));
        }

        mvc.perform(get("/api/v1/me/mood-entries")
                        .param("from", now.minus(3, ChronoUnit.DAYS).toString())
                        .param("until", now.minus(2, ChronoUnit.DAYS).toString())
                        .with(tokenOf(owner)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(2))
                .andExpect(jsonPath("$.content[0].level").value(2))
                .andExpect(jsonPath("$.content[1].level").value(3));
        mvc.perform(get("/api/v1/me/mood-entries").param("size", "2").with(tokenOf(owner)))
                .andExpect(jsonPath("$.page.totalElements").value(5))
                .andExpect(jsonPath("$.page.totalPages").value(3))
                .andExpect(jsonPath("$.content[0].level").value(1));
        mvc.perform(get("/api/v1/me/mood-entries")
                        .param("from", now.toString())
                        .param("until", now.minus(1, ChronoUnit.DAYS).toString())
                        .with(tokenOf(owner)))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void deleteWhenOwnerThenGoneAndWhenSomeoneElseThenNotFound() throws Exception {
        long id = MoodFixtures.entryOf(tracker(), owner.id());
        Person other = people.user();

        mvc.perform(delete("/api/v1/me/mood-entries/{id}", id).with(tokenOf(other)))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/me/mood-entries/{id}", id).with(tokenOf(owner)))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/me/mood-entries/{id}", id).with(tokenOf(owner)))
                .andExpect(status().isNotFound());
        assertThat(events.stream(MoodEntryDeleted.class)).anyMatch(event -> event.entryId() == id);
    }

    @Test
    void trendSplitsDaysAtTheLocalMidnightOfTheZoneTheEntryWasRecordedIn() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(ALMATY));
        Instant lateEvening = today.minusDays(2).atTime(23, 30).atZone(ALMATY).toInstant();
        Instant afterMidnight = today.minusDays(1).atTime(0, 30).atZone(ALMATY).toInstant();
        assertThat(lateEvening.atZone(ZoneOffset.UTC).toLocalDate())
                .as("both instants fall on one UTC day")
                .isEqualTo(afterMidnight.atZone(ZoneOffset.UTC).toLocalDate());
        record(owner, entryAt(2, lateEvening, "Asia/Almaty")).andExpect(status().isCreated());
        record(owner, entryAt(8, afterMidnight, "Asia/Almaty")).andExpect(status().isCreated());
        Person traveller = people.user();
        record(traveller, entryAt(2, lateEvening, "UTC")).andExpect(status().isCreated());
        record(traveller, entryAt(8, afterMidnight, "UTC")).andExpect(status().isCreated());

        String almaty = trendOf(owner, 7, "Asia/Almaty");
        String utc = trendOf(traveller, 7, "UTC");

        assertThat(dayOf(almaty, today.minusDays(2))).containsEntry("count", 1).containsEntry("mean", 2.0);
        assertThat(dayOf(almaty, today.minusDays(1))).containsEntry("count", 1).containsEntry("mean", 8.0);
        assertThat(dayOf(utc, lateEvening.atZone(ZoneOffset.UTC).toLocalDate()))
                .containsEntry("count", 2)
                .containsEntry("mean", 5.0)
                .containsEntry("min", 2)
                .containsEntry("max", 8);
        assertThat((List<?>) JsonPath.read(almaty, "$.series")).hasSize(7);
    }

    @Test
    void trendWhenLevelsRiseThenImprovingWithFigures() throws Exception {
        recordDaily(owner, 2, 3, 4, 5, 6, 7, 8);

        String trend = trendOf(owner, 30, "Asia/Almaty");

        assertThat((Integer) JsonPath.read(trend, "$.count")).isEqualTo(7);
        assertThat((Double) JsonPath.read(trend, "$.mean")).isEqualTo(5.0);
        assertThat((Integer) JsonPath.read(trend, "$.min")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(trend, "$.max")).isEqualTo(8);
        assertThat((String) JsonPath.read(trend, "$.direction")).isEqualTo("IMPROVING");
        assertThat((Double) JsonPath.read(trend, "$.change")).isEqualTo(6.0);
        assertThat((List<?>) JsonPath.read(trend, "$.series")).hasSize(30);
    }

    @Test
    void trendWhenLevelsFallThenWorseningAndWhenFlatThenStable() throws Exception {
        Person flat = people.user();
        recordDaily(owner, 9, 8, 6, 5, 3);
        recordDaily(flat, 5, 6, 5, 5, 6);

        assertThat((String) JsonPath.read(trendOf(owner, 7, "Asia/Almaty"), "$.direction"))
                .isEqualTo("WORSENING");
        assertThat((String) JsonPath.read(trendOf(flat, 7, "Asia/Almaty"), "$.direction"))
                .isEqualTo("STABLE");
    }

    @Test
    void trendWhenFewerThanThreeDaysThenNotEnoughDataAndWhenPeriodUnsupportedThenProblem() throws Exception {
        recordDaily(owner, 4, 9);

        assertThat((String) JsonPath.read(trendOf(owner, 7, null), "$.direction"))
                .isEqualTo("NOT_ENOUGH_DATA");
        mvc.perform(get("/api/v1/me/mood-trends").param("days", "14").with(tokenOf(owner)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:emocare:problem:unsupported-trend-period"));
    }

    @Test
    void clinicianWithConsentSeesLevelsButNeverNotesAndTheReadIsDisclosed() throws Exception {
        Organization clinic = clinics.clinic();
        Person clinician = people.clinicianAt(clinic.id());
        Consent consent = clinics.treatmentConsent(owner.id(), clinic.id(), DataCategory.MOOD);
        record(owner, "{\"level\":3,\"tags\":[\"STRESS\"],\"customTags\":[\"секрет\"],\"note\":\"private\"}")
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/patients/{id}/mood-entries", owner.id()).with(clinicianToken(clinician)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].level").value(3))
                .andExpect(jsonPath("$.content[0].tags[0]").value("STRESS"))
                .andExpect(jsonPath("$.content[0].note").doesNotExist())
                .andExpect(jsonPath("$.content[0].customTags").doesNotExist());
        mvc.perform(get("/api/v1/patients/{id}/mood-trends", owner.id()).with(clinicianToken(clinician)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(1));

        assertThat(disclosures.ofPerson(owner.id(), Pageable.unpaged()).getContent())
                .filteredOn(disclosure -> disclosure.consentId().equals(consent.id()))
                .extracting(disclosure -> disclosure.channel() + " " + disclosure.resourceTypes())
                .contains("API_READ MoodEntry", "API_READ MoodTrend");
    }

    @Test
    void clinicianWithoutConsentGetsTheSameNotFoundAsForAnUnknownPerson() throws Exception {
        Organization clinic = clinics.clinic();
        Organization otherClinic = clinics.clinic();
        Person clinician = people.clinicianAt(clinic.id());
        clinics.treatmentConsent(owner.id(), otherClinic.id(), DataCategory.MOOD);
        clinics.treatmentConsent(owner.id(), clinic.id(), DataCategory.SCREENING);
        MoodFixtures.entryOf(tracker(), owner.id());

        String forOwner = notFoundBody(clinician, owner.id());
        String forNobody = notFoundBody(clinician, UUID.randomUUID());

        assertThat(forOwner).isEqualTo(forNobody);
    }

    @Test
    void clinicianAfterRevocationGetsNotFound() throws Exception {
        Organization clinic = clinics.clinic();
        Person clinician = people.clinicianAt(clinic.id());
        Consent consent = clinics.treatmentConsent(owner.id(), clinic.id(), DataCategory.MOOD);
        MoodFixtures.entryOf(tracker(), owner.id());
        mvc.perform(get("/api/v1/patients/{id}/mood-entries", owner.id()).with(clinicianToken(clinician)))
                .andExpect(status().isOk());

        clinics.revoke(consent);

        mvc.perform(get("/api/v1/patients/{id}/mood-entries", owner.id()).with(clinicianToken(clinician)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/patients/{id}/mood-trends", owner.id()).with(clinicianToken(clinician)))
                .andExpect(status().isNotFound());
    }

    @Test
    void clinicianSeesOnlyEntriesInsideTheConsentDataPeriod() throws Exception {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        MoodFixtures.entryOf(tracker(), owner.id(), 1, now.minus(10, ChronoUnit.DAYS));
        MoodFixtures.entryOf(tracker(), owner.id(), 6, now.minus(2, ChronoUnit.DAYS));
        Organization clinic = clinics.clinic();
        Person clinician = people.clinicianAt(clinic.id());
        clinics.treatmentConsent(owner.id(), clinic.id(), now.minus(5, ChronoUnit.DAYS), null, DataCategory.MOOD);

        mvc.perform(get("/api/v1/patients/{id}/mood-entries", owner.id()).with(clinicianToken(clinician)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].level").value(6));
        mvc.perform(get("/api/v1/patients/{id}/mood-trends", owner.id()).with(clinicianToken(clinician)))
                .andExpect(jsonPath("$.count").value(1))
                .andExpect(jsonPath("$.min").value(6));
    }

    @Test
    void exportContainsEntriesAndErasureRemovesNotesAndTagsKeepingLevels() throws Exception {
        record(
                        owner,
                        "{\"level\":4,\"tags\":[\"FAMILY\"],\"customTags\":[\"Әже\"],\"note\":\"" + KAZAKH_AND_EMOJI
                                + "\"}")
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/me/export").with(tokenOf(owner)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.moodEntries[0].level").value(4))
                .andExpect(jsonPath("$.moodEntries[0].note").value(KAZAKH_AND_EMOJI))
                .andExpect(jsonPath("$.moodEntries[0].customTags[0]").value("Әже"));

        mvc.perform(post("/api/v1/me/erasure")
                        .with(tokenOf(owner))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"confirm\":true}"))
                .andExpect(status().isNoContent());

        Map<String, Object> stored = jdbc.queryForMap(
                "select mood_level, tags, custom_tags_cipher, note_cipher from mood_entry where person_id = ?",
                owner.id().toString());
        assertThat(stored.get("note_cipher")).isNull();
        assertThat(stored.get("custom_tags_cipher")).isNull();
        assertThat(stored.get("tags")).isNull();
        assertThat(((Number) stored.get("mood_level")).intValue()).isEqualTo(4);
    }

    @Test
    void demoSeedingIsDeterministicAndRunsOncePerPerson() {
        DemoMoodData demo = new DemoMoodData(
                tracker(), context.getBean(MoodEntryRepository.class), context.getBean(People.class), clock);
        Person twin = people.user();

        int recorded = demo.seed(owner.id(), List.of("Сәлем 👋"), DemoMoodData.STUDENT_SEED);

        assertThat(recorded).isBetween(DemoMoodData.DAYS, 3 * DemoMoodData.DAYS);
        assertThat(demo.seed(twin.id(), List.of("Сәлем 👋"), DemoMoodData.STUDENT_SEED))
                .isEqualTo(recorded);
        assertThat(seriesOf(twin)).isEqualTo(seriesOf(owner));
        assertThat(demo.seed(owner.id(), List.of("Сәлем 👋"), DemoMoodData.STUDENT_SEED))
                .isZero();
        assertThat(entriesOf(owner)).isEqualTo(recorded);
    }

    private ResultActions record(Person who, String body) throws Exception {
        return mvc.perform(post("/api/v1/me/mood-entries")
                .with(tokenOf(who))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    /** One entry per day at local noon, the last one yesterday. */
    private void recordDaily(Person who, int... levels) throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(ALMATY));
        for (int index = 0; index < levels.length; index++) {
            Instant noon = today.minusDays(levels.length - index)
                    .atTime(12, 0)
                    .atZone(ALMATY)
                    .toInstant();
            record(who, entryAt(levels[index], noon, "Asia/Almaty")).andExpect(status().isCreated());
        }
    }

    private String trendOf(Person who, int days, String zone) throws Exception {
        var request = get("/api/v1/me/mood-trends")
                .param("days", String.valueOf(days))
                .with(tokenOf(who));
        if (zone != null) {
            request.param("zone", zone);
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String notFoundBody(Person clinician, UUID personId) throws Exception {
        return mvc.perform(get("/api/v1/patients/{id}/mood-entries", personId).with(clinicianToken(clinician)))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replace(personId.toString(), "{id}");
    }

    private static Map<String, Object> dayOf(String trend, LocalDate date) {
        List<Map<String, Object>> days = JsonPath.read(trend, "$.series[?(@.date == '" + date + "')]");
        assertThat(days).as("day %s in the series", date).hasSize(1);
        return days.get(0);
    }

    private static String entryAt(int level, Instant at, String zone) {
        return "{\"level\":" + level + ",\"recordedAt\":\"" + at + "\",\"timeZone\":\"" + zone + "\"}";
    }

    private long entriesOf(Person who) {
        return jdbc.queryForObject(
                "select count(*) from mood_entry where person_id = ?",
                Long.class,
                who.id().toString());
    }

    private List<String> seriesOf(Person who) {
        return jdbc
                .queryForList(
                        "select mood_level, recorded_at, tags from mood_entry where person_id = ? order by recorded_at, id",
                        who.id().toString())
                .stream()
                .map(String::valueOf)
                .toList();
    }

    private MoodTracker tracker() {
        return context.getBean(MoodTracker.class);
    }

    private static RequestPostProcessor tokenOf(Person who) {
        return person(who.id(), Role.USER);
    }

    private static RequestPostProcessor clinicianToken(Person clinician) {
        return personAt(clinician.id(), clinician.organizationId(), Role.CLINICIAN);
    }
}
