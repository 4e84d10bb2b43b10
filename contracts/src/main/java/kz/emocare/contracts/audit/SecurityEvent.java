package kz.emocare.contracts.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One security-relevant attempt, sent by the auth-server to the hub's audit trail. It never carries a password, a
 * token or a name: the actor is a person id when known, otherwise a salted hash of the account name.
 *
 * @param id unique per event, so that a redelivered event is recorded once
 * @param action what was attempted, e.g. {@code SIGN_IN}, {@code SECOND_FACTOR}, {@code PASSWORD_RESET}
 * @param actor the person id, or {@code account:<salted hash>} of the name typed in, or a client id
 * @param outcome {@code SUCCESS}, {@code FAILURE}, {@code THROTTLED}, {@code REVOKED} …
 * @param sourceAddress the client's network address, when known
 * @param at when it happened
 */
public record SecurityEvent(UUID id, String action, String actor, String outcome, String sourceAddress, Instant at) {}
