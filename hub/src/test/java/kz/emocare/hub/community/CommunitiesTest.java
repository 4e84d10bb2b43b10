package kz.emocare.hub.community;

import static kz.emocare.hub.support.JsonBodies.read;
import static kz.emocare.hub.support.JsonBodies.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import kz.emocare.contracts.identity.Role;
import kz.emocare.hub.person.Person;
import kz.emocare.hub.support.HubTest;
import kz.emocare.hub.support.TestClock;
import kz.emocare.hub.support.TestPeople;
import kz.emocare.hub.support.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@HubTest
class CommunitiesTest {

    static final String KAZAKH_AND_EMOJI = "Ә Ғ Қ Ң Ө Ұ Ү Һ І — бәрімізге сәттілік! 🌿😊";
    static final Instant NOW = LocalDate.now(ZoneOffset.UTC).atTime(6, 0).toInstant(ZoneOffset.UTC);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople people;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    Person administrator;
    Person psychologist;
    Person author;
    Person reader;
    String community;

    @BeforeEach
    void createCommunityWithTwoMembers() throws Exception {
        clock.pin(NOW);
        administrator = people.withRole(Role.ADMINISTRATOR);
        psychologist = people.withRole(Role.PSYCHOLOGIST);
        author = people.user();
        reader = people.user();
        community = create(Map.of(
                "title", Map.of("kk", "Емтихан стресі", "ru", "Стресс перед экзаменами", "en", "Exam stress"),
                "themes", List.of("exam-stress", "anxiety")));
        join(author).andExpect(status().isOk());
        join(reader).andExpect(status().isOk());
    }

    @AfterEach
    void releaseClock() {
        clock.release();
    }

    @Test
    void administratorCreatesACommunityWhoseKazakhTitleRoundTrips() throws Exception {
        String created = create(Map.of(
                "title", Map.of("kk", KAZAKH_AND_EMOJI),
                "description", Map.of("ru", "Поддержка 🙂"),
                "themes", List.of("support")));

        MvcResult shown = mvc.perform(get("/api/v1/communities/{id}", created).with(token(reader)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.memberCount").value(0))
                .andReturn();
        assertThat((String) read(shown, "$.title.kk")).isEqualTo(KAZAKH_AND_EMOJI);
        assertThat((String) read(shown, "$.description.ru")).isEqualTo("Поддержка 🙂");
        assertThat(jdbc.queryForObject("select title_kk from community where id = ?", String.class, created))
                .isEqualTo(KAZAKH_AND_EMOJI);
        mvc.perform(get("/api/v1/communities?theme=exam-stress&joined=true").with(token(author)))
                .andExpect(jsonPath("$.page.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].myMembership").value("ACTIVE"))
                .andExpect(jsonPath("$.content[0].memberCount").value(2));
    }

    @Test
    void invalidCommunitiesAreRefused() throws Exception {
        mvc.perform(json(post("/api/v1/communities"), administrator, Map.of("title", Map.of("kk", " "))))
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.errors[0].message").value("give the title in at least one language: kk, ru or en"));
        mvc.perform(json(
                        post("/api/v1/communities"),
                        administrator,
                        Map.of("title", Map.of("en", "Ok"), "themes", List.of("Not A Tag"))))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post("/api/v1/communities"), administrator, Map.of("title", Map.of("de", "Nein"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:emocare:problem:unreadable-body"));
        mvc.perform(json(post("/api/v1/communities"), administrator, Map.of("title", Map.of("en", "x".repeat(201)))))
                .andExpect(status().isBadRequest());
    }

    @Test
    void membersPostAndReadKazakhTextThatIsEncryptedAtRest() throws Exception {
        long post = publishPost(author, KAZAKH_AND_EMOJI);

        MvcResult page = posts(reader).andExpect(status().isOk()).andReturn();

        assertThat((String) read(page, "$.content[0].text")).isEqualTo(KAZAKH_AND_EMOJI);
        assertThat((Boolean) read(page, "$.content[0].mine")).isFalse();
        String stored = jdbc.queryForObject("select body_cipher from community_post where id = ?", String.class, post);
        assertThat(stored).doesNotContain("сәттілік").isNotEqualTo(KAZAKH_AND_EMOJI);
    }

    @Test
    void nonMembersNeitherReadNorPost() throws Exception {
        Person outsider = people.user();
        publishPost(author, "Hello");

        posts(outsider)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:emocare:problem:not-a-member"));
        mvc.perform(json(post("/api/v1/communities/{id}/posts", community), outsider, Map.of("text", "Hi")))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/communities/{id}/membership", community).with(token(reader)))
                .andExpect(status().isNoContent());
        posts(reader).andExpect(status().isForbidden());
    }

    @Test
    void hiddenPostsDisappearForMembersButTheirAuthorSeesWhy() throws Exception {
        long kept = publishPost(author, "A kind word");
        long hidden = publishPost(author, "Call me at +7 700 000 00 00");

        mvc.perform(json(
                        post("/api/v1/communities/{id}/posts/{post}/hide", community, hidden),
                        psychologist,
                        Map.of("reason", "Personal contact details")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hidden").value(true));

        assertThat(postIds(posts(reader))).containsExactly(kept);
        MvcResult seenByAuthor = posts(author).andReturn();
        assertThat(postIds(seenByAuthor)).containsExactly(hidden, kept);
        assertThat((String) read(seenByAuthor, "$.content[0].hiddenReason")).isEqualTo("Personal contact details");
        assertThat(postIds(posts(administrator))).containsExactly(hidden, kept);
        assertThat(auditCount("community.post_hidden", String.valueOf(hidden))).isEqualTo(1);
        mvc.perform(json(
                        post("/api/v1/communities/{id}/posts/{post}/hide", community, hidden),
                        administrator,
                        Map.of("reason", "Again")))
                .andExpect(status().isConflict());

        mvc.perform(post("/api/v1/communities/{id}/posts/{post}/unhide", community, hidden)
                        .with(token(administrator)))
                .andExpect(status().isOk());
        assertThat(postIds(posts(reader))).containsExactly(hidden, kept);
        mvc.perform(json(
                        post("/api/v1/communities/{id}/posts/{post}/hide", community, kept),
                        reader,
                        Map.of("reason", "I do not like it")))
                .andExpect(status().isForbidden());
    }

    @Test
    void removedMemberRejoinsOnlyAfterTheBlockOrWhenReadmitted() throws Exception {
        removeMember(reader, 7)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REMOVED"));
        removeMember(author, null).andExpect(status().isOk());

        join(reader)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:emocare:problem:removed-from-community"));
        posts(reader).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/communities/{id}", community).with(token(reader)))
                .andExpect(jsonPath("$.myMembership").value("REMOVED"))
                .andExpect(jsonPath("$.myRejoinAllowedAt").exists());
        assertThat(auditCount("community.member_removed", null)).isPositive();

        clock.advance(Duration.ofDays(8));
        join(reader)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.myMembership").value("ACTIVE"));
        join(author).andExpect(status().isConflict());
        mvc.perform(post("/api/v1/communities/{id}/members/{person}/readmit", community, author.id())
                        .with(token(psychologist)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("LEFT"));
        join(author).andExpect(status().isOk());
        mvc.perform(get("/api/v1/communities/{id}/members?status=ACTIVE", community)
                        .with(token(psychologist)))
                .andExpect(jsonPath("$.page.totalElements").value(2));
    }

    @Test
    void archivedCommunityStaysReadableButTakesNoPostsOrMembers() throws Exception {
        publishPost(author, "Before the archive");
        mvc.perform(post("/api/v1/communities/{id}/archive", community).with(token(administrator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ARCHIVED"));

        posts(reader)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(1));
        mvc.perform(json(post("/api/v1/communities/{id}/posts", community), author, Map.of("text", "After")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:emocare:problem:community-archived"));
        join(people.user()).andExpect(status().isConflict());
        mvc.perform(get("/api/v1/communities?joined=true").with(token(author)))
                .andExpect(jsonPath("$.page.totalElements").value(0));
        mvc.perform(get("/api/v1/communities?joined=true&includeArchived=true").with(token(author)))
                .andExpect(jsonPath("$.content[0].id").value(community));
    }

    @Test
    void administratorRevisesTheCommunity() throws Exception {
        mvc.perform(json(
                        put("/api/v1/communities/{id}", community),
                        administrator,
                        Map.of("title", Map.of("en", "Calm before exams"), "themes", List.of("exams"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title.en").value("Calm before exams"))
                .andExpect(jsonPath("$.title.kk").doesNotExist())
                .andExpect(jsonPath("$.themes[0]").value("exams"));
    }

    @Test
    void exportHoldsPostsAndErasureRemovesTheirTextButKeepsTheCount() throws Exception {
        long mine = publishPost(author, "Something personal");
        publishPost(reader, "Reply");

        MvcResult export = mvc.perform(get("/api/v1/me/export").with(token(author)))
                .andExpect(status().isOk())
                .andReturn();
        assertThat((List<String>) read(export, "$.communities.posts[*].text")).containsExactly("Something personal");
        assertThat((List<String>) read(export, "$.communities.memberships[*].communityId"))
                .containsExactly(community);

        mvc.perform(json(post("/api/v1/me/erasure"), author, Map.of("confirm", true)))
                .andExpect(status().isNoContent());

        MvcResult seenByReader = posts(reader).andReturn();
        assertThat(postIds(seenByReader)).hasSize(2).contains(mine);
        assertThat((List<Boolean>) read(seenByReader, "$.content[*].removed")).containsExactly(false, true);
        assertThat((String) read(seenByReader, "$.content[1].authorName")).isEqualTo("Erased person");
        assertThat(jdbc.queryForObject("select body_cipher from community_post where id = ?", String.class, mine))
                .isNull();
        mvc.perform(get("/api/v1/communities/{id}", community).with(token(reader)))
                .andExpect(jsonPath("$.memberCount").value(1));
    }

    private String create(Map<String, Object> body) throws Exception {
        MvcResult result = mvc.perform(json(post("/api/v1/communities"), administrator, body))
                .andExpect(status().isCreated())
                .andReturn();
        return read(result, "$.id");
    }

    private ResultActions join(Person person) throws Exception {
        return mvc.perform(
                post("/api/v1/communities/{id}/membership", community).with(token(person)));
    }

    private long publishPost(Person by, String text) throws Exception {
        MvcResult result = mvc.perform(
                        json(post("/api/v1/communities/{id}/posts", community), by, Map.of("text", text)))
                .andExpect(status().isCreated())
                .andReturn();
        return ((Number) read(result, "$.id")).longValue();
    }

    private ResultActions posts(Person viewer) throws Exception {
        return mvc.perform(get("/api/v1/communities/{id}/posts", community).with(token(viewer)));
    }

    private ResultActions removeMember(Person member, Integer blockDays) throws Exception {
        Map<String, Object> body =
                blockDays == null ? Map.of("reason", "Spam") : Map.of("reason", "Spam", "blockDays", blockDays);
        return mvc.perform(json(
                post("/api/v1/communities/{id}/members/{person}/remove", community, member.id()), psychologist, body));
    }

    private List<Long> postIds(ResultActions page) throws Exception {
        return postIds(page.andExpect(status().isOk()).andReturn());
    }

    private static List<Long> postIds(MvcResult page) {
        List<Number> ids = read(page, "$.content[*].id");
        return ids.stream().map(Number::longValue).toList();
    }

    private int auditCount(String action, String recordId) {
        return recordId == null
                ? jdbc.queryForObject("select count(*) from audit_event where action = ?", Integer.class, action)
                : jdbc.queryForObject(
                        "select count(*) from audit_event where action = ? and record_id = ?",
                        Integer.class,
                        action,
                        recordId);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Person as, Object body) {
        return request.with(token(as)).contentType(MediaType.APPLICATION_JSON).content(write(body));
    }

    private static RequestPostProcessor token(Person person) {
        return Tokens.person(person.id(), person.roles().toArray(Role[]::new));
    }
}
