package kz.emocare.hub.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import kz.emocare.hub.support.HubTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every REST endpoint with every kind of actor and checks allow (2xx) or deny (401, 403 or 404), and that no
 * endpoint of the API is missing from the matrix.
 */
@HubTest
class AccessMatrixTest {

    /** One entry per feature; a new feature adds its rows class here. */
    static final List<AccessRows> FEATURES = List.of(
            new PersonAccessRows(),
            new AuditAccessRows(),
            new ConsentAccessRows(),
            new MoodAccessRows(),
            new AssessmentAccessRows(),
            new CrisisAccessRows(),
            new ChatAccessRows(),
            new SessionAccessRows(),
            new CommunityAccessRows());

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @TestFactory
    Stream<DynamicTest> everyEndpointWithEveryActor() {
        World world = new World(context);
        return rows().stream()
                .flatMap(row -> Stream.of(Who.values())
                        .map(who -> DynamicTest.dynamicTest(
                                row.key() + " as " + who + (row.allowed().contains(who) ? " is allowed" : " is denied"),
                                () -> check(world, row, who))));
    }

    @Test
    void matrixCoversEveryApiEndpoint() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPathPatternsCondition().getPatternValues().stream()
                        .filter(pattern -> pattern.startsWith("/api/"))
                        .forEach(pattern -> info.getMethodsCondition()
                                .getMethods()
                                .forEach(method -> mapped.add(method.name() + " " + pattern))));
        Set<String> covered = new TreeSet<>();
        rows().forEach(row -> covered.add(row.key()));

        assertThat(covered).as("endpoints in the role matrix").containsAll(mapped);
    }

    private void check(World world, Row row, Who who) throws Exception {
        MockHttpServletRequestBuilder call =
                request(row.method(), row.template(), row.variables().apply(world));
        if (row.body() != null) {
            call.contentType(MediaType.APPLICATION_JSON).content(row.body().body(world, who));
        }
        RequestPostProcessor token = row.freshActor() ? world.freshToken(who) : world.token(who);
        if (token != null) {
            call.with(token);
        }
        int status = mvc.perform(call).andReturn().getResponse().getStatus();
        if (row.allowed().contains(who)) {
            assertThat(status).as("%s as %s", row.key(), who).isBetween(200, 299);
        } else {
            assertThat(status).as("%s as %s", row.key(), who).isIn(401, 403, 404);
        }
    }

    private static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        FEATURES.forEach(feature -> rows.addAll(feature.rows()));
        return rows;
    }
}
