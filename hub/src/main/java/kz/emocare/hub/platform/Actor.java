package kz.emocare.hub.platform;

import java.util.Set;
import java.util.UUID;
import kz.emocare.contracts.identity.Role;

/**
 * Who makes a request: a person with roles (from a person's token) or a machine client with scopes. Controllers take
 * it as a method parameter; it is resolved from the validated access token.
 *
 * @param subject the token subject: the person id of a person, the client id of a machine
 * @param personId the person, or {@code null} for a machine client
 * @param roles the person's roles (empty for machines)
 * @param organizationId the clinician's organisation or the student's school, or {@code null}
 * @param scopes the token's scopes
 */
public record Actor(String subject, UUID personId, Set<Role> roles, UUID organizationId, Set<String> scopes) {

    public Actor {
        roles = Set.copyOf(roles);
        scopes = Set.copyOf(scopes);
    }

    public boolean isPerson() {
        return personId != null;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    /** The person id, or a {@link ForbiddenException} for machine clients on person-only operations. */
    public UUID requirePerson() {
        if (personId == null) {
            throw new ForbiddenException("this operation needs a person's token, not a machine client's");
        }
        return personId;
    }

    /** The audit-trail actor: the person id or {@code client:<id>}. */
    public String auditName() {
        return personId != null ? personId.toString() : "client:" + subject;
    }
}
