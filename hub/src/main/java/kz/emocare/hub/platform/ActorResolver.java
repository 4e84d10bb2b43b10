package kz.emocare.hub.platform;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.emocare.contracts.identity.Role;
import kz.emocare.contracts.identity.TokenClaims;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Gives controllers the {@link Actor} of the request, read from the validated JWT. */
@Component
public final class ActorResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(Actor.class);
    }

    @Override
    public Actor resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        return current();
    }

    /** The actor of the current request. */
    public static Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
            throw new AuthenticationCredentialsNotFoundException("no access token");
        }
        return fromJwt(jwt);
    }

    /** Reads an actor from a token: the person claims if present, scopes always. */
    public static Actor fromJwt(Jwt jwt) {
        String personClaim = jwt.getClaimAsString(TokenClaims.PERSON_ID);
        UUID personId = personClaim == null ? null : UUID.fromString(personClaim);
        String organizationClaim = jwt.getClaimAsString(TokenClaims.ORGANIZATION_ID);
        if (organizationClaim == null) {
            organizationClaim = jwt.getClaimAsString(TokenClaims.SCHOOL_ID);
        }
        UUID organizationId = organizationClaim == null ? null : UUID.fromString(organizationClaim);
        return new Actor(jwt.getSubject(), personId, roles(jwt), organizationId, scopes(jwt));
    }

    private static Set<Role> roles(Jwt jwt) {
        List<String> names = jwt.getClaimAsStringList(TokenClaims.ROLES);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            for (String name : names) {
                try {
                    roles.add(Role.valueOf(name));
                } catch (IllegalArgumentException unknownRole) {
                    // A role this hub version does not know grants nothing.
                }
            }
        }
        return roles;
    }

    private static Set<String> scopes(Jwt jwt) {
        Object scope = jwt.getClaims().get("scope");
        if (scope instanceof String text) {
            return Set.of(text.split(" "));
        }
        if (scope instanceof java.util.Collection<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.toSet());
        }
        List<String> scp = jwt.getClaimAsStringList("scp");
        return scp == null ? Set.of() : Set.copyOf(scp);
    }
}
