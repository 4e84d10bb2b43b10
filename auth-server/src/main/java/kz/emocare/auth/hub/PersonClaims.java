package kz.emocare.auth.hub;

import java.util.List;
import java.util.UUID;
import kz.emocare.contracts.identity.Role;

/** What tokens say about a person, as the hub last resolved it. */
public record PersonClaims(
        UUID personId, String displayName, List<Role> roles, UUID schoolId, UUID organizationId, String language) {

    /** Whether any of the person's roles must sign in with a second factor. */
    public boolean requiresSecondFactor() {
        return roles.stream().anyMatch(Role::requiresSecondFactor);
    }
}
