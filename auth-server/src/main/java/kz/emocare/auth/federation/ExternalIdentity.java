package kz.emocare.auth.federation;

import kz.emocare.contracts.identity.IdentityProvider;

/** Who an external provider says signed in; {@code verifiedIin} only from eGov. */
record ExternalIdentity(
        IdentityProvider provider, String subject, String displayName, String email, String verifiedIin) {}
