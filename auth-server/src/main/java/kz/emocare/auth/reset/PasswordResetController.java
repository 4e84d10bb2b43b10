package kz.emocare.auth.reset;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import kz.emocare.auth.account.LocalAccount;
import kz.emocare.auth.account.LocalAccounts;
import kz.emocare.auth.account.PasswordPolicy;
import kz.emocare.auth.audit.SecurityAudit;
import kz.emocare.auth.config.AuthServerProperties;
import kz.emocare.auth.signin.SignInThrottle;
import kz.emocare.auth.totp.SecondFactor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reset pages. Asking for a link always gives the same answer, whether the account exists or not; the link
 * leads to a form for the new password which, for an account with a second factor, also asks for a TOTP or recovery
 * code. Setting the password neither signs the person in nor touches the second factor.
 */
@Controller
class PasswordResetController {

    private static final Logger log = LoggerFactory.getLogger(PasswordResetController.class);

    private final LocalAccounts accounts;
    private final PasswordResets resets;
    private final PasswordPolicy policy;
    private final PasswordEncoder passwordEncoder;
    private final SecondFactor secondFactor;
    private final SignInThrottle throttle;
    private final SecurityAudit audit;
    private final JavaMailSender mail;
    private final MessageSource messages;
    private final AuthServerProperties properties;

    PasswordResetController(
            LocalAccounts accounts,
            PasswordResets resets,
            PasswordPolicy policy,
            PasswordEncoder passwordEncoder,
            SecondFactor secondFactor,
            SignInThrottle throttle,
            SecurityAudit audit,
            JavaMailSender mail,
            MessageSource messages,
            AuthServerProperties properties) {
        this.accounts = accounts;
        this.resets = resets;
        this.policy = policy;
        this.passwordEncoder = passwordEncoder;
        this.secondFactor = secondFactor;
        this.throttle = throttle;
        this.audit = audit;
        this.mail = mail;
        this.messages = messages;
        this.properties = properties;
    }

    @GetMapping("/reset")
    String showRequest() {
        return "reset-request";
    }

    @PostMapping("/reset")
    String processRequest(
            @RequestParam(defaultValue = "") String identifier,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        String address = request.getRemoteAddr();
        if (!throttle.allowAddress(address)) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("error", "signin.throttled");
            model.addAttribute("waitSeconds", 60);
            return "reset-request";
        }
        Optional<LocalAccount> account = accounts.findByUsername(identifier)
                .or(() -> accounts.findByEmail(identifier))
                .filter(found -> found.email() != null);
        account.ifPresent(found -> sendLink(found, LocaleContextHolder.getLocale()));
        audit.record(
                "password.reset-requested",
                account.map(LocalAccount::personId).orElse(audit.accountActor(identifier)),
                account.isPresent() ? SecurityAudit.Outcome.SUCCESS : SecurityAudit.Outcome.DENIED,
                address);
        model.addAttribute("sent", true);
        return "reset-request";
    }

    @GetMapping("/reset/{token}")
    String showNewPassword(@PathVariable String token, HttpServletResponse response, Model model) {
        Optional<LocalAccount> account = resets.accountOf(token).flatMap(accounts::findById);
        if (account.isEmpty()) {
            response.setStatus(HttpStatus.GONE.value());
            model.addAttribute("message", "reset.invalid");
            return "unavailable";
        }
        return newPasswordForm(model, token, account.get(), null);
    }

    @PostMapping("/reset/{token}")
    @Transactional
    String processNewPassword(
            @PathVariable String token,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Optional<LocalAccount> found = resets.accountOf(token).flatMap(accounts::findById);
        if (found.isEmpty()) {
            response.setStatus(HttpStatus.GONE.value());
            model.addAttribute("message", "reset.invalid");
            return "unavailable";
        }
        LocalAccount account = found.get();
        String accountKey = audit.accountActor(account.username());
        if (throttle.accountWait(accountKey).isPresent()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return newPasswordForm(model, token, account, "signin.throttled");
        }
        Optional<String> problem = policy.problem(password, account.username());
        if (problem.isPresent()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return newPasswordForm(model, token, account, problem.get());
        }
        if (account.hasSecondFactor() && secondFactor.verify(account, code) == SecondFactor.Result.REJECTED) {
            throttle.recordFailure(accountKey);
            audit.record(
                    "password.reset.totp", account.personId(), SecurityAudit.Outcome.FAILURE, request.getRemoteAddr());
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            return newPasswordForm(model, token, account, "reset.code-failed");
        }
        if (!resets.use(token)) {
            response.setStatus(HttpStatus.GONE.value());
            model.addAttribute("message", "reset.invalid");
            return "unavailable";
        }
        accounts.changePassword(account.id(), passwordEncoder.encode(password));
        throttle.recordSuccess(accountKey);
        audit.record("password.reset", account.personId(), SecurityAudit.Outcome.SUCCESS, request.getRemoteAddr());
        return "reset-done";
    }

    private String newPasswordForm(Model model, String token, LocalAccount account, String error) {
        model.addAttribute("token", token);
        model.addAttribute("needsCode", account.hasSecondFactor());
        model.addAttribute("minLength", policy.minLength());
        model.addAttribute("error", error);
        model.addAttribute("waitSeconds", 60);
        return "reset-form";
    }

    private void sendLink(LocalAccount account, Locale locale) {
        String link = properties.issuer() + "/reset/" + resets.create(account.id());
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mail().from());
        message.setTo(account.email());
        message.setSubject(messages.getMessage("mail.reset.subject", null, locale));
        message.setText(messages.getMessage("mail.reset.body", new Object[] {link}, locale));
        try {
            mail.send(message);
        } catch (MailException e) {
            log.warn(
                    "Reset mail for account {} could not be sent ({})",
                    account.id(),
                    e.getClass().getSimpleName());
        }
    }
}
