package kz.emocare.auth.token;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.emocare.auth.config.AuthServerProperties;
import kz.emocare.auth.hub.PersonClaims;
import kz.emocare.auth.hub.PersonClaimsStore;
import kz.emocare.auth.signin.AuthorizationRequestPreparation;
import kz.emocare.auth.signin.SignInCompletion;
import kz.emocare.auth.smart.LaunchContexts;
import kz.emocare.contracts.identity.Role;
import kz.emocare.contracts.identity.TokenClaims;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * The claims of Emocare tokens ({@link TokenClaims}).
 *
 * <ul>
 *   <li>Person access tokens: {@code sub} = person id, {@code person_id}, {@code roles}, {@code school_id} for
 *       students, {@code organization_id} for clinicians, and {@code patient} when a launch context (or a patient's
 *       own standalone launch) gives one. Audience {@value TokenClaims#HUB_AUDIENCE}, or the FHIR base when the
 *       request asked for it with {@code aud} (SMART) or {@code resource} (RFC 8707).
 *   <li>Machine access tokens: {@code sub} = client id, audience the FHIR base for {@code system/} scopes and the hub
 *       otherwise, never longer than {@link #MACHINE_TOKEN_LIFETIME}.
 *   <li>ID tokens: {@code name}, {@code fhirUser}, {@code auth_time} and {@code amr} from the factors of the sign-in.
 * </ul>
 */
@Component
public class EmocareTokenCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

    /** The longest a machine (client credentials) token lives. */
    public static final Duration MACHINE_TOKEN_LIFETIME = Duration.ofSeconds(300);

    private final PersonClaimsStore claimsStore;
    private final LaunchContexts launchContexts;
    private final String fhirBase;

    EmocareTokenCustomizer(
            PersonClaimsStore claimsStore, LaunchContexts launchContexts, AuthServerProperties properties) {
        this.claimsStore = claimsStore;
        this.launchContexts = launchContexts;
        this.fhirBase = properties.fhirBase().toString();
    }

    @Override
    public void customize(JwtEncodingContext context) {
        JwtClaimsSet.Builder claims = context.getClaims();
        boolean machine = AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType());
        if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            if (machine) {
                customizeMachineToken(context, claims);
            } else {
                customizePersonToken(context, claims);
            }
        } else if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
            customizeIdToken(context, claims);
        }
    }

    private void customizeMachineToken(JwtEncodingContext context, JwtClaimsSet.Builder claims) {
        boolean fhir = context.getAuthorizedScopes().stream().anyMatch(scope -> scope.startsWith("system/"));
        claims.audience(storable(fhir ? fhirBase : TokenClaims.HUB_AUDIENCE));
        claims.claims(existing -> {
            Instant issuedAt = (Instant) existing.get("iat");
            Instant expiresAt = (Instant) existing.get("exp");
            if (issuedAt != null && expiresAt != null && expiresAt.isAfter(issuedAt.plus(MACHINE_TOKEN_LIFETIME))) {
                existing.put("exp", issuedAt.plus(MACHINE_TOKEN_LIFETIME));
            }
        });
    }

    private void customizePersonToken(JwtEncodingContext context, JwtClaimsSet.Builder claims) {
        PersonClaims person = person(context);
        claims.claim(TokenClaims.PERSON_ID, person.personId().toString());
        claims.claim(
                TokenClaims.ROLES,
                person.roles().stream().map(Role::name).collect(Collectors.toCollection(ArrayList::new)));
        if (person.schoolId() != null) {
            claims.claim(TokenClaims.SCHOOL_ID, person.schoolId().toString());
        }
        if (person.organizationId() != null) {
            claims.claim(TokenClaims.ORGANIZATION_ID, person.organizationId().toString());
        }
        Map<String, Object> requestParameters = requestParameters(context.getAuthorization());
        boolean fhir =
                fhirBase.equals(requestParameters.get("aud")) || fhirBase.equals(requestParameters.get("resource"));
        claims.audience(storable(fhir ? fhirBase : TokenClaims.HUB_AUDIENCE));
        patient(context, person, requestParameters).ifPresent(patient -> claims.claim(TokenClaims.PATIENT, patient));
    }

    private void customizeIdToken(JwtEncodingContext context, JwtClaimsSet.Builder claims) {
        PersonClaims person = person(context);
        if (person.displayName() != null) {
            claims.claim("name", person.displayName());
        }
        if (context.getAuthorizedScopes().contains("fhirUser")) {
            boolean practitioner = person.roles().stream().anyMatch(role -> role != Role.USER);
            claims.claim("fhirUser", fhirBase + (practitioner ? "/Practitioner/" : "/Patient/") + person.personId());
        }
        Authentication principal = context.getPrincipal();
        AuthorizationRequestPreparation.signedInAt(principal)
                .ifPresent(signedInAt -> claims.claim("auth_time", java.util.Date.from(signedInAt)));
        List<String> methods = authenticationMethods(principal);
        if (!methods.isEmpty()) {
            claims.claim("amr", methods);
        }
    }

    private Optional<String> patient(
            JwtEncodingContext context, PersonClaims person, Map<String, Object> requestParameters) {
        Set<String> scopes = context.getAuthorizedScopes();
        Object launch = requestParameters.get("launch");
        if (scopes.contains("launch") && launch instanceof String launchValue) {
            Optional<String> patient = launchContexts.patientFor(
                    launchValue, context.getAuthorization().getId());
            if (patient.isEmpty()) {
                throw new OAuth2AuthenticationException(new OAuth2Error(
                        OAuth2ErrorCodes.INVALID_GRANT,
                        "The launch context is unknown, expired or belongs to another authorization",
                        null));
            }
            return patient;
        }
        if (scopes.contains("launch/patient") && person.roles().contains(Role.USER)) {
            return Optional.of(person.personId().toString());
        }
        return Optional.empty();
    }

    private PersonClaims person(JwtEncodingContext context) {
        return claimsStore
                .find(context.getPrincipal().getName())
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(
                        OAuth2ErrorCodes.INVALID_GRANT, "The person of this grant is no longer known", null)));
    }

    /**
     * A one-element list of a type the authorization store can read back: claims are kept with the authorization as
     * JSON with type information, and only the usual collection types are allowed there.
     */
    private static List<String> storable(String value) {
        List<String> list = new ArrayList<>();
        list.add(value);
        return list;
    }

    private static Map<String, Object> requestParameters(OAuth2Authorization authorization) {
        if (authorization == null) {
            return Map.of();
        }
        OAuth2AuthorizationRequest request = authorization.getAttribute(OAuth2AuthorizationRequest.class.getName());
        return request == null ? Map.of() : request.getAdditionalParameters();
    }

    private static List<String> authenticationMethods(Authentication principal) {
        List<String> methods = new ArrayList<>();
        for (GrantedAuthority authority : principal.getAuthorities()) {
            if (!(authority instanceof FactorGrantedAuthority)) {
                continue;
            }
            if (FactorGrantedAuthority.PASSWORD_AUTHORITY.equals(authority.getAuthority())) {
                methods.add("pwd");
            } else if (SignInCompletion.TOTP_FACTOR.equals(authority.getAuthority())) {
                methods.add("otp");
            }
        }
        if (methods.size() > 1) {
            methods.add("mfa");
        }
        return methods;
    }
}
