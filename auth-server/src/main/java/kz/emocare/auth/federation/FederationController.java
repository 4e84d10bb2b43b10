package kz.emocare.auth.federation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.emocare.auth.account.LocalAccount;
import kz.emocare.auth.account.LocalAccounts;
import kz.emocare.auth.audit.SecurityAudit;
import kz.emocare.auth.config.AuthServerProperties;
import kz.emocare.auth.hub.HubUnavailableException;
import kz.emocare.auth.hub.PersonClaims;
import kz.emocare.auth.signin.PendingSignIns;
import kz.emocare.auth.signin.PersonResolution;
import kz.emocare.auth.signin.ProofRequiredException;
import kz.emocare.auth.signin.SignInCompletion;
import kz.emocare.contracts.identity.IdentityProvider;
import kz.emocare.contracts.identity.IdentityResolutionRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Sign in with school account" and "Sign in with eGov": sends the browser to the provider with a fresh state (and
 * for eGov a nonce and PKCE), then on return identifies the account, asks the hub whose it is, and either signs the
 * person in, asks for proof of control of an existing account (same verified IIN), or asks staff for their second
 * factor. A provider that fails or sends unusable data gives a clear page and writes nothing.
 */
@Controller
class FederationController {

    private static final Logger log = LoggerFactory.getLogger(FederationController.class);
    private static final String REQUEST_ATTRIBUTE = FederationController.class.getName() + ".request";
    private static final Duration REQUEST_LIFETIME = Duration.ofMinutes(10);

    private final SchoolAccounts school;
    private final EgovAccounts egov;
    private final PersonResolution resolution;
    private final SignInCompletion completion;
    private final PendingSignIns pendingSignIns;
    private final LocalAccounts accounts;
    private final SecurityAudit audit;
    private final Clock clock;
    private final String issuer;
    private final SecureRandom random = new SecureRandom();

    FederationController(
            SchoolAccounts school,
            EgovAccounts egov,
            PersonResolution resolution,
            SignInCompletion completion,
            PendingSignIns pendingSignIns,
            LocalAccounts accounts,
            SecurityAudit audit,
            Clock clock,
            AuthServerProperties properties) {
        this.school = school;
        this.egov = egov;
        this.resolution = resolution;
        this.completion = completion;
        this.pendingSignIns = pendingSignIns;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.issuer = properties.issuer().toString();
    }

    @GetMapping("/federation/{provider}/start")
    String start(@PathVariable String provider, HttpSession session, HttpServletResponse response, Model model) {
        Optional<IdentityProvider> identityProvider = provider(provider);
        if (identityProvider.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "error";
        }
        FederationRequest request = new FederationRequest(
                identityProvider.get(), randomText(), randomText(), randomText(), clock.instant());
        try {
            String target = identityProvider.get() == IdentityProvider.SCHOOL
                    ? school.authorizationRedirect(request.state(), callback(provider))
                            .toString()
                    : egov.authorizationRedirect(
                                    request.state(),
                                    request.nonce(),
                                    challenge(request.codeVerifier()),
                                    callback(provider))
                            .toString();
            session.setAttribute(REQUEST_ATTRIBUTE, request);
            return "redirect:" + target;
        } catch (ExternalProviderException e) {
            return failed(e, response, model, null);
        }
    }

    @GetMapping("/federation/{provider}/callback")
    String callback(
            @PathVariable String provider,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String error,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        HttpSession session = request.getSession();
        FederationRequest started = (FederationRequest) session.getAttribute(REQUEST_ATTRIBUTE);
        session.removeAttribute(REQUEST_ATTRIBUTE);
        Optional<IdentityProvider> identityProvider = provider(provider);
        try {
            checkCallback(identityProvider, started, state, error, code);
            ExternalIdentity identity = started.provider() == IdentityProvider.SCHOOL
                    ? school.identify(code, callback(provider))
                    : egov.identify(code, started.codeVerifier(), started.nonce(), callback(provider));
            return signIn(identity, request, response, model);
        } catch (ExternalProviderException e) {
            return failed(e, response, model, request.getRemoteAddr());
        }
    }

    private String signIn(
            ExternalIdentity identity, HttpServletRequest request, HttpServletResponse response, Model model) {
        String address = request.getRemoteAddr();
        PersonClaims claims;
        try {
            claims = resolution.resolve(new IdentityResolutionRequest(
                    identity.provider(),
                    identity.subject(),
                    identity.displayName() == null ? "Emocare user" : identity.displayName(),
                    identity.email(),
                    identity.verifiedIin(),
                    PersonResolution.pageLanguage()));
        } catch (ProofRequiredException e) {
            request.getSession().setAttribute(e.pendingLink().getClass().getName(), e.pendingLink());
            audit.record(
                    "federation." + identity.provider().systemName() + ".proof-required",
                    e.pendingLink().personId(),
                    SecurityAudit.Outcome.DENIED,
                    address);
            return "redirect:/login";
        } catch (HubUnavailableException e) {
            audit.record(
                    "federation." + identity.provider().systemName() + ".hub-unavailable",
                    "provider:" + identity.provider().systemName(),
                    SecurityAudit.Outcome.FAILURE,
                    address);
            return page(response, model, HttpStatus.SERVICE_UNAVAILABLE, "unavailable.hub");
        }
        List<String> factors = List.of(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY);
        if (claims.requiresSecondFactor()) {
            Optional<LocalAccount> account =
                    accounts.findByPersonId(claims.personId().toString()).filter(LocalAccount::hasSecondFactor);
            if (account.isEmpty()) {
                return page(response, model, HttpStatus.FORBIDDEN, "unavailable.second-factor-required");
            }
            pendingSignIns.start(
                    request.getSession(), account.get().id(), claims.personId().toString(), factors);
            return "redirect:/login/second-factor";
        }
        return completion.complete(claims, factors, request, response);
    }

    private void checkCallback(
            Optional<IdentityProvider> provider, FederationRequest started, String state, String error, String code) {
        IdentityProvider named = provider.orElse(IdentityProvider.LOCAL);
        if (started == null
                || provider.isEmpty()
                || started.provider() != named
                || state == null
                || !MessageDigest.isEqual(
                        state.getBytes(StandardCharsets.UTF_8), started.state().getBytes(StandardCharsets.UTF_8))
                || started.startedAt().plus(REQUEST_LIFETIME).isBefore(clock.instant())) {
            throw new ExternalProviderException(named, ExternalProviderException.Reason.STATE, "Unexpected callback");
        }
        if (error != null) {
            throw new ExternalProviderException(
                    named, ExternalProviderException.Reason.DENIED, "The provider answered with an error");
        }
        if (code == null || code.isBlank()) {
            throw new ExternalProviderException(named, ExternalProviderException.Reason.MALFORMED, "No code");
        }
    }

    private String failed(ExternalProviderException e, HttpServletResponse response, Model model, String address) {
        log.debug("Sign-in with {} stopped: {} ({})", e.provider(), e.reason(), e.getMessage());
        audit.record(
                "federation." + e.provider().systemName() + "."
                        + e.reason().name().toLowerCase(Locale.ROOT),
                "provider:" + e.provider().systemName(),
                e.reason() == ExternalProviderException.Reason.DENIED
                        ? SecurityAudit.Outcome.DENIED
                        : SecurityAudit.Outcome.FAILURE,
                address);
        return switch (e.reason()) {
            case UNAVAILABLE ->
                page(
                        response,
                        model,
                        HttpStatus.BAD_GATEWAY,
                        e.provider() == IdentityProvider.EGOV ? "unavailable.egov" : "unavailable.school");
            case MALFORMED -> page(response, model, HttpStatus.BAD_GATEWAY, "unavailable.malformed");
            case DENIED -> page(response, model, HttpStatus.FORBIDDEN, "unavailable.denied");
            case STATE -> page(response, model, HttpStatus.BAD_REQUEST, "unavailable.state");
        };
    }

    private static String page(HttpServletResponse response, Model model, HttpStatus status, String message) {
        response.setStatus(status.value());
        model.addAttribute("message", message);
        return "unavailable";
    }

    private String callback(String provider) {
        return issuer + "/federation/" + provider + "/callback";
    }

    private static Optional<IdentityProvider> provider(String name) {
        return switch (name) {
            case "school" -> Optional.of(IdentityProvider.SCHOOL);
            case "egov" -> Optional.of(IdentityProvider.EGOV);
            default -> Optional.empty();
        };
    }

    private String randomText() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** A sign-in sent to a provider, waiting for its callback. */
    private record FederationRequest(
            IdentityProvider provider, String state, String nonce, String codeVerifier, Instant startedAt)
            implements Serializable {}
}
