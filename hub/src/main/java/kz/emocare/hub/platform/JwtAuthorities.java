package kz.emocare.hub.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import kz.emocare.contracts.identity.TokenClaims;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/** Reads authorities from an Emocare access token: {@code ROLE_*} from the roles claim, {@code SCOPE_*} from scopes. */
public final class JwtAuthorities {

    private JwtAuthorities() {}

    public static JwtAuthenticationConverter converter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities());
        return converter;
    }

    /** The authorities of a token alone. */
    public static Converter<Jwt, Collection<GrantedAuthority>> authorities() {
        JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();
        return jwt -> authorities(jwt, scopes);
    }

    private static Collection<GrantedAuthority> authorities(Jwt jwt, JwtGrantedAuthoritiesConverter scopes) {
        Collection<GrantedAuthority> authorities = new ArrayList<>(scopes.convert(jwt));
        List<String> roles = jwt.getClaimAsStringList(TokenClaims.ROLES);
        if (roles != null) {
            roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        }
        return authorities;
    }
}
