package kz.emocare.auth.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Runs before the authorization endpoint and applies the OpenID Connect request parameters Spring Authorization
 * Server leaves to the application:
 *
 * <ul>
 *   <li>{@code max_age}: a session whose last sign-in is older counts as not signed in for this request, so the user
 *       signs in again, or {@code prompt=none} fails with {@code login_required};
 *   <li>{@code prompt=login}: the same, once per request (the repeated request after the sign-in goes through);
 *   <li>{@code ui_locales}: the first supported language becomes the page language.
 * </ul>
 */
public class AuthorizationRequestPreparation extends OncePerRequestFilter {

    private static final String LOGIN_PROMPTED = AuthorizationRequestPreparation.class.getName() + ".prompted";
    private static final List<String> LANGUAGES = List.of("kk", "ru", "en");

    private final Clock clock;
    private final LocaleResolver localeResolver;

    public AuthorizationRequestPreparation(Clock clock, LocaleResolver localeResolver) {
        this.clock = clock;
        this.localeResolver = localeResolver;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !"/oauth2/authorize".equals(request.getServletPath());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        applyUiLocales(request, response);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean authenticated = authentication != null && authentication.isAuthenticated();
        Optional<Instant> signedInAt = authenticated ? signedInAt(authentication) : Optional.empty();
        boolean signInAgain = loginPrompted(request, signedInAt) | tooOld(request, signedInAt);
        if (authenticated && signInAgain) {
            SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        }
        chain.doFilter(request, response);
    }

    private boolean tooOld(HttpServletRequest request, Optional<Instant> signedInAt) {
        String maxAge = request.getParameter("max_age");
        if (maxAge == null || !maxAge.matches("\\d{1,9}")) {
            return false;
        }
        Instant oldestAccepted = clock.instant().minusSeconds(Long.parseLong(maxAge));
        return signedInAt.isEmpty() || signedInAt.get().isBefore(oldestAccepted);
    }

    private boolean loginPrompted(HttpServletRequest request, Optional<Instant> signedInAt) {
        String prompt = request.getParameter("prompt");
        if (prompt == null || !Arrays.asList(prompt.split(" ")).contains("login")) {
            return false;
        }
        HttpSession session = request.getSession();
        Instant promptedAt = (Instant) session.getAttribute(LOGIN_PROMPTED);
        if (promptedAt != null && signedInAt.isPresent() && !signedInAt.get().isBefore(promptedAt)) {
            session.removeAttribute(LOGIN_PROMPTED);
            return false;
        }
        session.setAttribute(LOGIN_PROMPTED, clock.instant());
        return true;
    }

    /** When the session's person last proved a factor. */
    public static Optional<Instant> signedInAt(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .filter(FactorGrantedAuthority.class::isInstance)
                .map(authority -> ((FactorGrantedAuthority) authority).getIssuedAt())
                .max(Instant::compareTo);
    }

    private void applyUiLocales(HttpServletRequest request, HttpServletResponse response) {
        String uiLocales = request.getParameter("ui_locales");
        if (uiLocales == null) {
            return;
        }
        Arrays.stream(uiLocales.split(" "))
                .map(tag -> Locale.forLanguageTag(tag).getLanguage())
                .filter(LANGUAGES::contains)
                .findFirst()
                .ifPresent(language -> localeResolver.setLocale(request, response, Locale.forLanguageTag(language)));
    }
}
