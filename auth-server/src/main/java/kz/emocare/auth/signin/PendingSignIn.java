package kz.emocare.auth.signin;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A sign-in between its first factor and its end (second factor or mandatory enrolment), kept in the session.
 *
 * @param accountId the local account whose password (or federated sign-in) succeeded
 * @param personId the person, when already resolved
 * @param factors the factor authorities earned so far
 * @param startedAt when the first factor succeeded; the pending sign-in expires after {@code pending-timeout}
 */
record PendingSignIn(String accountId, String personId, List<String> factors, Instant startedAt)
        implements Serializable {

    static final String SESSION_ATTRIBUTE = PendingSignIn.class.getName();
}
