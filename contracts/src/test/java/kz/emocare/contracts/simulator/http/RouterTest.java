package kz.emocare.contracts.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouterTest {

    private final Router router = new Router()
            .add(
                    "GET",
                    "/v2/schools/{school}/edu-groups",
                    request -> SimulatorResponse.json(
                            200,
                            Map.of(
                                    "school",
                                    request.pathVariable("school"),
                                    "page",
                                    request.queryParameter("page").orElse("1"))))
            .add("POST", "/fhir", request -> SimulatorResponse.empty(200));

    @Test
    void findsTheEndpointAndFillsPathVariablesAndQuery() {
        SimulatorRequest request =
                SimulatorRequest.of("get", "/v2/schools/1001/edu-groups?page=3&pageSize=10", Map.of(), null);
        Router.Dispatch dispatch = router.find(request).orElseThrow();
        assertThat(dispatch.endpoint().handle(dispatch.request()).bodyText())
                .contains("\"school\":\"1001\"")
                .contains("\"page\":\"3\"");
    }

    @Test
    void tellsAnUnknownPathFromAWrongMethod() {
        assertThat(router.find(SimulatorRequest.of("GET", "/v2/unknown", Map.of(), null)))
                .isEmpty();
        assertThat(router.find(SimulatorRequest.of("GET", "/fhir", Map.of(), null)))
                .hasValueSatisfying(
                        dispatch -> assertThat(dispatch.methodAllowed()).isFalse());
    }

    @Test
    void decodesQueryValuesAndFormsAndKeepsPlusSignsInPaths() {
        SimulatorRequest request = SimulatorRequest.of(
                "POST",
                "/a+b?identifier=http%3A%2F%2Femocare.kz%2Ffhir%2Fsid%2Fiin%7C100515600038",
                Map.of("Content-Type", List.of("application/x-www-form-urlencoded")),
                "name=%D0%90%D1%80%D1%83%D0%B6%D0%B0%D0%BD&empty=".getBytes());
        assertThat(request.path()).isEqualTo("/a+b");
        assertThat(request.queryParameter("identifier")).hasValue("http://emocare.kz/fhir/sid/iin|100515600038");
        assertThat(request.form()).containsEntry("name", "Аружан").containsEntry("empty", "");
        assertThat(request.header("content-type")).hasValue("application/x-www-form-urlencoded");
    }
}
