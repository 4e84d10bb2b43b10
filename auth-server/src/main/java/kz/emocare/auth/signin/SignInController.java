package kz.emocare.auth.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import kz.emocare.auth.account.LocalAccount;
import kz.emocare.auth.account.LocalAccounts;
import kz.emocare.auth.audit.SecurityAudit;
import kz.emocare.auth.hub.HubUnavailableException;
import kz.emocare.auth.hub.PersonClaims;
import kz.emocare.auth.hub.PersonClaimsStore;
import kz.emocare.auth.totp.SecondFactor;
import kz.emocare.contracts.identity.IdentityProvider;
import kz.emocare.contracts.identity.IdentityResolutionRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in pages: password, then the second factor when the account has one, or enrolment when the person's role
 * requires one. Every attempt goes through the brute-force limits and into the audit trail; failures get one
 * generic message whatever went wrong.
 */
@Controller
class SignInController {

    private static final Logger log = LoggerFactory.getLogger(SignInController.class);

    private final LocalAccounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final SignInThrottle throttle;
    private final SecondFactor secondFactor;
    private final PersonResolution resolution;
    private final PersonClaimsStore claimsStore;
    private final SignInCompletion completion;
    private final SecurityAudit audit;
    private final PendingSignIns pendingSignIns;
    private volatile String unknownAccountHash;

    SignInController(
            LocalAccounts accounts,
            PasswordEncoder passwordEncoder,
            SignInThrottle throttle,
            SecondFactor secondFactor,
            PersonResolution resolution,
            PersonClaimsStore claimsStore,
            SignInCompletion completion,
            SecurityAudit audit,
            PendingSignIns pendingSignIns) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.secondFactor = secondFactor;
        this.resolution = resolution;
        this.claimsStore = claimsStore;
        this.completion = completion;
        this.audit = audit;
        this.pendingSignIns = pendingSignIns;
    }

    @GetMapping("/login")
    String showSignIn(HttpSession session, Model model) {
        model.addAttribute("linkPending", session.getAttribute(PendingLink.class.getName()) != null);
        return "login";
    }

    @PostMapping("/login")
    String processSignIn(
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String password,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model)
            throws IOException {
        String address = request.getRemoteAddr();
        String accountKey = audit.accountActor(username);
        model.addAttribute("username", username);
        Optional<String> refusal = refusal(accountKey, address, response, model);
        if (refusal.isPresent()) {
            return refusal.get();
        }

        // The same work (a hash) for unknown and known names, so that timing reveals no account.
        Optional<LocalAccount> account = accounts.findByUsername(username);
        String storedHash = account.map(LocalAccount::passwordHash).orElseGet(this::unknownAccountHash);
        if (!passwordEncoder.matches(password, storedHash) || account.isEmpty()) {
            throttle.recordFailure(accountKey);
            audit.record("signin.password", accountKey, SecurityAudit.Outcome.FAILURE, address);
            return failed(response, model, "signin.failed", "login");
        }
        return afterPassword(account.get(), accountKey, request, response, model);
    }

    @GetMapping("/login/second-factor")
    String showSecondFactor(HttpSession session) {
        return pendingSignIns.current(session).isPresent() ? "second-factor" : "redirect:/login";
    }

    @PostMapping("/login/second-factor")
    String processSecondFactor(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model)
            throws IOException {
        Optional<PendingSignIn> pending = pendingSignIns.current(request.getSession());
        Optional<LocalAccount> account = pending.flatMap(signIn -> accounts.findById(signIn.accountId()));
        if (account.isEmpty()) {
            return "redirect:/login";
        }
        String address = request.getRemoteAddr();
        String accountKey = audit.accountActor(account.get().username());
        Optional<String> refusal = refusal(accountKey, address, response, model);
        if (refusal.isPresent()) {
            return refusal.get().equals("login") ? "second-factor" : refusal.get();
        }
        SecondFactor.Result result = secondFactor.verify(account.get(), code);
        if (result == SecondFactor.Result.REJECTED) {
            throttle.recordFailure(accountKey);
            audit.record("signin.totp", accountKey, SecurityAudit.Outcome.FAILURE, address);
            return failed(response, model, "second-factor.failed", "second-factor");
        }
        audit.record(
                result == SecondFactor.Result.ACCEPTED_RECOVERY_CODE ? "signin.recovery-code" : "signin.totp",
                accountKey,
                SecurityAudit.Outcome.SUCCESS,
                address);
        try {
            PersonClaims claims = pending.get().personId() != null
                    ? claimsStore.find(pending.get().personId()).orElseThrow()
                    : resolveLocal(account.get());
            throttle.recordSuccess(accountKey);
            return completion.complete(
                    claims, withFactor(pending.get().factors(), SignInCompletion.TOTP_FACTOR), request, response);
        } catch (HubUnavailableException e) {
            log.warn("Sign-in of account {} stopped: {}", account.get().id(), e.getMessage());
            return unavailable(response, model);
        }
    }

    private String afterPassword(
            LocalAccount account,
            String accountKey,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model)
            throws IOException {
        audit.record("signin.password", accountKey, SecurityAudit.Outcome.SUCCESS, request.getRemoteAddr());
        List<String> factors = List.of(FactorGrantedAuthority.PASSWORD_AUTHORITY);
        if (account.hasSecondFactor()) {
            pendingSignIns.start(request.getSession(), account.id(), null, factors);
            return "redirect:/login/second-factor";
        }
        PersonClaims claims;
        try {
            claims = resolveLocal(account);
        } catch (HubUnavailableException | ProofRequiredException e) {
            log.warn("Sign-in of account {} stopped: {}", account.id(), e.getMessage());
            audit.record("signin.hub-unavailable", accountKey, SecurityAudit.Outcome.FAILURE, request.getRemoteAddr());
            return unavailable(response, model);
        }
        if (claims.requiresSecondFactor()) {
            pendingSignIns.start(
                    request.getSession(), account.id(), claims.personId().toString(), factors);
            return "redirect:/enrol";
        }
        throttle.recordSuccess(accountKey);
        return completion.complete(claims, factors, request, response);
    }

    private PersonClaims resolveLocal(LocalAccount account) {
        // The hub uses the display name only if it has to create the person; local people are created by the hub.
        PersonClaims claims = resolution.resolve(new IdentityResolutionRequest(
                IdentityProvider.LOCAL,
                account.username(),
                account.username(),
                account.email(),
                null,
                PersonResolution.pageLanguage()));
        if (!claims.personId().toString().equals(account.personId())) {
            accounts.linkPerson(account.id(), claims.personId().toString());
        }
        return claims;
    }

    private Optional<String> refusal(String accountKey, String address, HttpServletResponse response, Model model) {
        if (!throttle.allowAddress(address)) {
            audit.record("signin.address-throttled", accountKey, SecurityAudit.Outcome.DENIED, address);
            return Optional.of(throttled(response, model, Duration.ofSeconds(60)));
        }
        Optional<Duration> wait = throttle.accountWait(accountKey);
        if (wait.isPresent()) {
            audit.record("signin.account-throttled", accountKey, SecurityAudit.Outcome.DENIED, address);
            return Optional.of(throttled(response, model, wait.get()));
        }
        return Optional.empty();
    }

    private static String throttled(HttpServletResponse response, Model model, Duration wait) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
        model.addAttribute("error", "signin.throttled");
        model.addAttribute("waitSeconds", Math.max(1, wait.toSeconds()));
        return "login";
    }

    private static String failed(HttpServletResponse response, Model model, String message, String view) {
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        model.addAttribute("error", message);
        return view;
    }

    static String unavailable(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        model.addAttribute("message", "unavailable.hub");
        return "unavailable";
    }

    private static List<String> withFactor(List<String> factors, String factor) {
        return java.util.stream.Stream.concat(factors.stream(), java.util.stream.Stream.of(factor))
                .distinct()
                .toList();
    }

    private String unknownAccountHash() {
        String hash = unknownAccountHash;
        if (hash == null) {
            hash = passwordEncoder.encode("no account has this password " + System.nanoTime());
            unknownAccountHash = hash;
        }
        return hash;
    }
}
