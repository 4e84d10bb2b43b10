package kz.emocare.auth.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * OpenID Connect {@code prompt=none} without a (fresh enough) session: answers {@code login_required} at the
 * client's redirect URI instead of showing the sign-in page.
 *
 * <p>Spring Security 7 runs the authorization endpoint after the authorization rules, so an unauthenticated request
 * would meet the sign-in page first. This filter sits just before them and after Spring Authorization Server's
 * request validation, which has already answered any request with an unknown client or a redirect URI that is not
 * registered exactly; only a validated redirect URI is ever used here.
 */
public class LoginRequiredResponse extends OncePerRequestFilter {

    private final String issuer;

    public LoginRequiredResponse(String issuer) {
        this.issuer = issuer;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !"/oauth2/authorize".equals(request.getServletPath());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!silentOpenIdRequest(request) || signedIn()) {
            chain.doFilter(request, response);
            return;
        }
        UriComponentsBuilder redirect = UriComponentsBuilder.fromUriString(request.getParameter("redirect_uri"))
                .queryParam("error", "login_required")
                .queryParam("error_description", encode("The user must sign in"));
        if (request.getParameter("state") != null) {
            redirect.queryParam("state", encode(request.getParameter("state")));
        }
        redirect.queryParam("iss", encode(issuer));
        response.sendRedirect(redirect.build(true).toUriString());
    }

    private static boolean silentOpenIdRequest(HttpServletRequest request) {
        String prompt = request.getParameter("prompt");
        String scope = request.getParameter("scope");
        return prompt != null
                && scope != null
                && request.getParameter("redirect_uri") != null
                && Arrays.asList(prompt.split(" ")).contains("none")
                && Arrays.asList(scope.split(" ")).contains("openid");
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    private static String encode(String value) {
        return UriUtils.encode(value, StandardCharsets.UTF_8);
    }
}
