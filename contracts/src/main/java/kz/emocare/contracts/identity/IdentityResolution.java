package kz.emocare.contracts.identity;

import java.util.List;
import java.util.UUID;

/**
 * The hub's answer to an {@link IdentityResolutionRequest}.
 *
 * @param outcome what the hub did
 * @param personId the person the identity belongs to; for {@link Outcome#PROOF_REQUIRED} the existing person whose
 *     account must be proven before linking
 * @param displayName the person's display name
 * @param roles the person's roles
 * @param schoolId the school of a student, otherwise {@code null}
 * @param organizationId the organisation of a clinician, otherwise {@code null}
 * @param language the person's language (kk, ru, en)
 */
public record IdentityResolution(
        Outcome outcome,
        UUID personId,
        String displayName,
        List<Role> roles,
        UUID schoolId,
        UUID organizationId,
        String language) {

    /** What the hub did with the identity. */
    public enum Outcome {
        /** The identity was already linked, or linked now to the person identity sync created for it. */
        LINKED,
        /** No person matched; a new one was created and linked. */
        CREATED,
        /**
         * A person with the same verified IIN exists under another account: the auth-server must have the user prove
         * control of that account, then call the link operation. Nothing was linked or created.
         */
        PROOF_REQUIRED
    }
}
