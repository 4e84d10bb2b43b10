package kz.emocare.auth.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.emocare.contracts.demo.DemoDirectory;
import kz.emocare.contracts.identity.Role;

/** The hub's identity and audit API as WireMock stubs under {@code /hub}. */
public final class HubStub {

    public static final String RESOLVE = "/hub/api/v1/identities/resolve";
    public static final String LINK = "/hub/api/v1/identities/link";
    public static final String AUDIT = "/hub/api/v1/audit/events";

    private final WireMockServer server;

    public HubStub(WireMockServer server) {
        this.server = server;
    }

    /** Every demo account resolves (LOCAL, username) to its demo person; audit events are accepted. */
    public void standard() {
        for (DemoDirectory.DemoAccount account : DemoDirectory.ACCOUNTS) {
            resolves("LOCAL", account.username(), "LINKED", account);
        }
        server.stubFor(post(urlPathEqualTo(AUDIT)).willReturn(aResponse().withStatus(202)));
    }

    public void resolves(String provider, String subject, String outcome, DemoDirectory.DemoAccount person) {
        resolves(
                provider,
                subject,
                outcome,
                person.personId(),
                person.displayName(),
                List.of(person.role()),
                person.role() == Role.USER ? person.organizationId() : null,
                person.role() == Role.CLINICIAN ? person.organizationId() : null);
    }

    public void resolves(
            String provider,
            String subject,
            String outcome,
            UUID personId,
            String displayName,
            List<Role> roles,
            UUID schoolId,
            UUID organizationId) {
        server.stubFor(post(urlPathEqualTo(RESOLVE))
                .withRequestBody(matchingJsonPath("$.provider", equalTo(provider)))
                .withRequestBody(matchingJsonPath("$.subject", equalTo(subject)))
                .willReturn(json(resolution(outcome, personId, displayName, roles, schoolId, organizationId))));
    }

    public void links(DemoDirectory.DemoAccount person) {
        server.stubFor(post(urlPathEqualTo(LINK))
                .withRequestBody(
                        matchingJsonPath("$.personId", equalTo(person.personId().toString())))
                .willReturn(json(resolution(
                        "LINKED", person.personId(), person.displayName(), List.of(person.role()), null, null))));
    }

    /** The audit events the hub stub received, as JSON objects. */
    public static java.util.List<java.util.Map<String, Object>> deliveredAuditEvents(WireMockServer server) {
        return server
                .findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo(AUDIT)))
                .stream()
                .map(request -> JSON.readValue(request.getBodyAsString(), MAP))
                .toList();
    }

    private static final tools.jackson.databind.json.JsonMapper JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();
    private static final tools.jackson.core.type.TypeReference<java.util.Map<String, Object>> MAP =
            new tools.jackson.core.type.TypeReference<>() {};

    public static String resolution(
            String outcome, UUID personId, String displayName, List<Role> roles, UUID schoolId, UUID organizationId) {
        return "{\"outcome\":\"" + outcome + "\",\"personId\":\"" + personId + "\",\"displayName\":\""
                + displayName + "\",\"roles\":["
                + roles.stream().map(role -> "\"" + role + "\"").collect(Collectors.joining(","))
                + "],\"schoolId\":" + quoted(schoolId) + ",\"organizationId\":" + quoted(organizationId)
                + ",\"language\":\"kk\"}";
    }

    private static String quoted(UUID id) {
        return id == null ? "null" : "\"" + id + "\"";
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }
}
