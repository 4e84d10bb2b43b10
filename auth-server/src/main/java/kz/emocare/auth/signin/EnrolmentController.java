package kz.emocare.auth.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import kz.emocare.auth.account.LocalAccount;
import kz.emocare.auth.account.LocalAccounts;
import kz.emocare.auth.audit.SecurityAudit;
import kz.emocare.auth.hub.PersonClaims;
import kz.emocare.auth.hub.PersonClaimsStore;
import kz.emocare.auth.totp.QrCodes;
import kz.emocare.auth.totp.RecoveryCodes;
import kz.emocare.auth.totp.Totp;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Mandatory second-factor enrolment for psychologists, clinicians and administrators, inside their first sign-in: a
 * new secret shown as a QR code and as text, confirmed with a first code (whose step is then spent), then ten
 * recovery codes shown once, then the sign-in continues.
 */
@Controller
class EnrolmentController {

    private static final String SECRET_ATTRIBUTE = EnrolmentController.class.getName() + ".secret";

    private final PendingSignIns pendingSignIns;
    private final LocalAccounts accounts;
    private final Totp totp;
    private final QrCodes qrCodes;
    private final RecoveryCodes recoveryCodes;
    private final PersonClaimsStore claimsStore;
    private final SignInCompletion completion;
    private final SecurityAudit audit;

    EnrolmentController(
            PendingSignIns pendingSignIns,
            LocalAccounts accounts,
            Totp totp,
            QrCodes qrCodes,
            RecoveryCodes recoveryCodes,
            PersonClaimsStore claimsStore,
            SignInCompletion completion,
            SecurityAudit audit) {
        this.pendingSignIns = pendingSignIns;
        this.accounts = accounts;
        this.totp = totp;
        this.qrCodes = qrCodes;
        this.recoveryCodes = recoveryCodes;
        this.claimsStore = claimsStore;
        this.completion = completion;
        this.audit = audit;
    }

    @GetMapping("/enrol")
    String showEnrolment(HttpSession session, Model model) {
        Optional<LocalAccount> account = enrollingAccount(session);
        if (account.isEmpty()) {
            return "redirect:/login";
        }
        String secret = (String) session.getAttribute(SECRET_ATTRIBUTE);
        if (secret == null) {
            secret = totp.newSecret();
            session.setAttribute(SECRET_ATTRIBUTE, secret);
        }
        String uri = totp.otpauthUri(secret, account.get().username());
        model.addAttribute("qrSvg", qrCodes.svg(uri));
        model.addAttribute("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
        model.addAttribute("otpauthUri", uri);
        return "enrol";
    }

    @PostMapping("/enrol")
    String processEnrolment(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        HttpSession session = request.getSession();
        Optional<LocalAccount> account = enrollingAccount(session);
        String secret = (String) session.getAttribute(SECRET_ATTRIBUTE);
        if (account.isEmpty() || secret == null) {
            return "redirect:/login";
        }
        OptionalLong step = totp.matchingStep(secret, code);
        if (step.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("error", "enrol.failed");
            return showEnrolment(session, model);
        }
        accounts.enrolSecondFactor(account.get().id(), secret, step.getAsLong());
        session.removeAttribute(SECRET_ATTRIBUTE);
        audit.record("totp.enrolled", account.get().personId(), SecurityAudit.Outcome.SUCCESS, request.getRemoteAddr());
        model.addAttribute("recoveryCodes", recoveryCodes.renew(account.get().id()));
        return "recovery-codes";
    }

    @PostMapping("/enrol/finish")
    String finishEnrolment(HttpServletRequest request, HttpServletResponse response) {
        Optional<PendingSignIn> pending = pendingSignIns.current(request.getSession());
        Optional<LocalAccount> account = pending.flatMap(signIn -> accounts.findById(signIn.accountId()));
        if (account.isEmpty()
                || !account.get().hasSecondFactor()
                || pending.get().personId() == null) {
            return "redirect:/login";
        }
        Optional<PersonClaims> claims = claimsStore.find(pending.get().personId());
        if (claims.isEmpty()) {
            return "redirect:/login";
        }
        List<String> factors = new java.util.ArrayList<>(pending.get().factors());
        factors.add(SignInCompletion.TOTP_FACTOR);
        return completion.complete(claims.get(), factors, request, response);
    }

    private Optional<LocalAccount> enrollingAccount(HttpSession session) {
        return pendingSignIns
                .current(session)
                .filter(pending -> pending.personId() != null)
                .flatMap(pending -> accounts.findById(pending.accountId()))
                .filter(account -> !account.hasSecondFactor());
    }
}
