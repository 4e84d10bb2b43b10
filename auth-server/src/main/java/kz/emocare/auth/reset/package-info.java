/**
 * Password reset by e-mail link (ASVS 6.4): a single-use, short-lived link whose token is stored hashed; an account
 * with a second factor must present it again before the new password is set, so a stolen mailbox is not enough.
 */
package kz.emocare.auth.reset;
