package kz.emocare.auth.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kz.emocare.auth.audit.SecurityAudit;
import kz.emocare.auth.config.AuthServerProperties;
import kz.emocare.auth.hub.PersonClaims;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * Ends a successful sign-in: links a provider account waiting for proof, establishes the session under a new id
 * (ASVS 7.2.4) with the person id as principal name, the roles and the factors with the time they were proven (for
 * {@code auth_time}, {@code amr} and {@code max_age}), records the event, and returns to the authorization request
 * that started it.
 */
@Component
public class SignInCompletion {

    /** The factor authority of a TOTP code; Spring Security names the others. */
    public static final String TOTP_FACTOR = "FACTOR_TOTP";

    private final PersonResolution resolution;
    private final SecurityAudit audit;
    private final Clock clock;
    private final String defaultTarget;
    private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();
    private final RequestCache requestCache = new HttpSessionRequestCache();

    SignInCompletion(PersonResolution resolution, SecurityAudit audit, Clock clock, AuthServerProperties properties) {
        this.resolution = resolution;
        this.audit = audit;
        this.clock = clock;
        this.defaultTarget = properties.hub().baseUrl().toString();
    }

    /** Establishes the session and returns the view name that continues the authorization request. */
    public String complete(
            PersonClaims claims, List<String> factors, HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession();
        PersonClaims person = linkPendingAccount(claims, session, request.getRemoteAddr());
        session.removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
        request.changeSessionId();

        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                person.personId().toString(), null, authorities(person, factors)));
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
        audit.record("signin", person.personId().toString(), SecurityAudit.Outcome.SUCCESS, request.getRemoteAddr());

        SavedRequest saved = requestCache.getRequest(request, response);
        return "redirect:" + (saved != null ? saved.getRedirectUrl() : defaultTarget);
    }

    private PersonClaims linkPendingAccount(PersonClaims claims, HttpSession session, String address) {
        PendingLink pending = (PendingLink) session.getAttribute(PendingLink.class.getName());
        if (pending == null || !pending.personId().equals(claims.personId().toString())) {
            return claims;
        }
        PersonClaims linked = resolution.link(pending);
        session.removeAttribute(PendingLink.class.getName());
        audit.record(
                "identity.linked." + pending.provider().systemName(),
                linked.personId().toString(),
                SecurityAudit.Outcome.SUCCESS,
                address);
        return linked;
    }

    private List<GrantedAuthority> authorities(PersonClaims person, List<String> factors) {
        Instant now = clock.instant();
        List<GrantedAuthority> authorities = new ArrayList<>();
        person.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
        factors.forEach(factor -> authorities.add(
                FactorGrantedAuthority.withAuthority(factor).issuedAt(now).build()));
        return authorities;
    }
}
