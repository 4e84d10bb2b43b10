/**
 * Local Emocare ID accounts: username, e-mail, password hash (Argon2id), the TOTP secret and the last step used. The
 * person behind an account is the hub's; the account only caches its id.
 */
package kz.emocare.auth.account;
