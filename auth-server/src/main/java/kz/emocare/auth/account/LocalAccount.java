package kz.emocare.auth.account;

/**
 * A local account.
 *
 * @param personId the hub person, once the hub resolved the account; otherwise {@code null}
 * @param totpSecret Base32 TOTP secret once enrolment is confirmed; otherwise {@code null}
 */
public record LocalAccount(
        String id, String username, String email, String passwordHash, String personId, String totpSecret) {

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }
}
