package kz.emocare.auth.signin;

import kz.emocare.contracts.identity.IdentityProvider;

/**
 * The hub found an existing person with the same verified IIN: the user must sign in to that person's account before
 * the new provider account is linked.
 */
public class ProofRequiredException extends RuntimeException {

    private final transient PendingLink pendingLink;

    public ProofRequiredException(IdentityProvider provider, String subject, String personId) {
        super("Proof of control of the existing account is required before linking");
        this.pendingLink = new PendingLink(provider, subject, personId);
    }

    public PendingLink pendingLink() {
        return pendingLink;
    }
}
