package kz.emocare.auth.totp;

import java.util.OptionalLong;
import kz.emocare.auth.account.LocalAccount;
import kz.emocare.auth.account.LocalAccounts;
import org.springframework.stereotype.Component;

/** Checks a second-factor answer: a TOTP code (its step then spent) or an unused recovery code. */
@Component
public class SecondFactor {

    private final Totp totp;
    private final LocalAccounts accounts;
    private final RecoveryCodes recoveryCodes;

    SecondFactor(Totp totp, LocalAccounts accounts, RecoveryCodes recoveryCodes) {
        this.totp = totp;
        this.accounts = accounts;
        this.recoveryCodes = recoveryCodes;
    }

    /** What the answer was. */
    public enum Result {
        ACCEPTED,
        ACCEPTED_RECOVERY_CODE,
        REJECTED
    }

    public Result verify(LocalAccount account, String answer) {
        if (!account.hasSecondFactor() || answer == null) {
            return Result.REJECTED;
        }
        if (RecoveryCodes.looksLikeRecoveryCode(answer)) {
            return recoveryCodes.use(account.id(), answer) ? Result.ACCEPTED_RECOVERY_CODE : Result.REJECTED;
        }
        OptionalLong step = totp.matchingStep(account.totpSecret(), answer);
        if (step.isPresent() && accounts.useTimeStep(account.id(), step.getAsLong())) {
            return Result.ACCEPTED;
        }
        return Result.REJECTED;
    }
}
