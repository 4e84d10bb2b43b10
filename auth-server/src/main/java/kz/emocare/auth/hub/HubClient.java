package kz.emocare.auth.hub;

import java.net.http.HttpClient;
import java.util.List;
import kz.emocare.auth.config.AuthServerProperties;
import kz.emocare.contracts.audit.SecurityEvent;
import kz.emocare.contracts.identity.IdentityLinkRequest;
import kz.emocare.contracts.identity.IdentityResolution;
import kz.emocare.contracts.identity.IdentityResolutionRequest;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Calls the hub's identity and audit API:
 *
 * <ul>
 *   <li>{@code POST /api/v1/identities/resolve} ({@link IdentityResolutionRequest} → 200 {@link IdentityResolution});
 *   <li>{@code POST /api/v1/identities/link} ({@link IdentityLinkRequest} → 200 {@link IdentityResolution});
 *   <li>{@code POST /api/v1/audit/events} ({@link SecurityEvent} → 201, any 2xx accepted).
 * </ul>
 *
 * Anything else (no answer, a timeout, another status, a body that breaks the contract) is a {@link
 * HubUnavailableException}: the caller shows a clear message and keeps nothing half-done.
 */
@Component
public class HubClient {

    private final RestClient rest;
    private final HubTokens tokens;

    HubClient(RestClient.Builder builder, HubTokens tokens, AuthServerProperties properties) {
        AuthServerProperties.Hub hub = properties.hub();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(hub.timeout())
                .build());
        requestFactory.setReadTimeout(hub.timeout());
        this.rest = builder.clone()
                .baseUrl(hub.baseUrl().toString())
                .requestFactory(requestFactory)
                .build();
        this.tokens = tokens;
    }

    /** Asks the hub which person an account of a provider belongs to (it may link or create one). */
    public IdentityResolution resolve(IdentityResolutionRequest request) {
        return checked(post("/api/v1/identities/resolve", request, IdentityResolution.class));
    }

    /** Links a further account to a person after the user proved control of that person's account. */
    public IdentityResolution link(IdentityLinkRequest request) {
        return checked(post("/api/v1/identities/link", request, IdentityResolution.class));
    }

    /**
     * Appends one event to the hub's audit trail.
     *
     * @throws HubRejectedException when the hub refuses this event for good
     * @throws HubUnavailableException when the hub cannot take it now
     */
    public void recordSecurityEvent(SecurityEvent event) {
        try {
            rest.post()
                    .uri("/api/v1/audit/events")
                    .headers(headers -> headers.setBearerAuth(tokens.current()))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(event)
                    .retrieve()
                    .toBodilessEntity();
        } catch (RestClientResponseException e) {
            if (permanent(e.getStatusCode().value())) {
                throw new HubRejectedException("The hub refused an audit event: " + e.getStatusCode(), e);
            }
            throw new HubUnavailableException("The hub could not take an audit event: " + e.getStatusCode(), e);
        } catch (RestClientException e) {
            throw new HubUnavailableException("The hub's audit trail is unreachable", e);
        }
    }

    private static boolean permanent(int status) {
        return status >= 400 && status < 500 && status != 401 && status != 403 && status != 408 && status != 429;
    }

    private <T> T post(String path, Object body, Class<T> answerType) {
        try {
            return rest.post()
                    .uri(path)
                    .headers(headers -> headers.setBearerAuth(tokens.current()))
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(body)
                    .retrieve()
                    .body(answerType);
        } catch (RestClientResponseException e) {
            throw new HubUnavailableException("The hub answered " + e.getStatusCode() + " on " + path, e);
        } catch (RestClientException e) {
            throw new HubUnavailableException("The hub is unreachable on " + path, e);
        }
    }

    private static IdentityResolution checked(IdentityResolution resolution) {
        if (resolution == null || resolution.outcome() == null || resolution.personId() == null) {
            throw new HubUnavailableException("The hub's identity answer lacks an outcome or a person id");
        }
        if (resolution.outcome() != IdentityResolution.Outcome.PROOF_REQUIRED
                && (resolution.roles() == null || resolution.roles().isEmpty())) {
            throw new HubUnavailableException("The hub's identity answer names no role");
        }
        return resolution.roles() == null ? withRoles(resolution) : resolution;
    }

    private static IdentityResolution withRoles(IdentityResolution resolution) {
        return new IdentityResolution(
                resolution.outcome(),
                resolution.personId(),
                resolution.displayName(),
                List.of(),
                resolution.schoolId(),
                resolution.organizationId(),
                resolution.language());
    }
}
