package kz.emocare.hub.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import kz.emocare.contracts.identity.Role;
import kz.emocare.contracts.identity.TokenClaims;
import kz.emocare.hub.platform.JwtAuthorities;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Access tokens as Emocare ID issues them, for MockMvc requests. */
public final class Tokens {

    private Tokens() {}

    /** A person's token with the given roles. */
    public static RequestPostProcessor person(UUID personId, Role... roles) {
        return personAt(personId, null, roles);
    }

    /** A person's token naming their organisation (a clinician's clinic, a student's school). */
    public static RequestPostProcessor personAt(UUID personId, UUID organizationId, Role... roles) {
        List<String> roleNames = Arrays.stream(roles).map(Role::name).toList();
        return jwt().jwt(token -> {
                    token.subject(personId.toString())
                            .claim(TokenClaims.PERSON_ID, personId.toString())
                            .claim(TokenClaims.ROLES, roleNames)
                            .claim("scope", "openid hub.api")
                            .audience(List.of(TokenClaims.HUB_AUDIENCE));
                    if (organizationId != null) {
                        token.claim(TokenClaims.ORGANIZATION_ID, organizationId.toString());
                    }
                })
                .authorities(JwtAuthorities.authorities());
    }

    /** A machine client's token with the given scopes. */
    public static RequestPostProcessor machine(String clientId, String... scopes) {
        return jwt().jwt(token -> token.subject(clientId)
                        .claim("scope", String.join(" ", scopes))
                        .audience(List.of(TokenClaims.HUB_AUDIENCE)))
                .authorities(JwtAuthorities.authorities());
    }
}
