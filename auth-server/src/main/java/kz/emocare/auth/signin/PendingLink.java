package kz.emocare.auth.signin;

import java.io.Serializable;
import kz.emocare.contracts.identity.IdentityProvider;

/** A provider account waiting to be linked once the user signs in to the existing person's account. */
public record PendingLink(IdentityProvider provider, String subject, String personId) implements Serializable {}
