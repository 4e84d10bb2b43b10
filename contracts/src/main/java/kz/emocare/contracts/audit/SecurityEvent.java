package kz.emocare.contracts.audit;

import java.time.Instant;

/**
 * A security-relevant event from another Emocare service, such as a sign-in attempt.
 *
 * @param action what happened, e.g. {@code signin.password}, {@code signin.totp}, {@code password.reset}
 * @param actor a person id, or a salted hash of a username that matched no person; never a password or a name
 * @param outcome SUCCESS, DENIED or FAILURE
 * @param sourceAddress the client's network address, or {@code null}
 * @param at when it happened at the sending service
 */
public record SecurityEvent(String action, String actor, String outcome, String sourceAddress, Instant at) {}
