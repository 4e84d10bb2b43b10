package kz.emocare.auth.config;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of Emocare ID under {@code emocare.auth}. Defaults live in {@code application.yml}, in one place.
 *
 * @param issuer the issuer identifier; also the base URL of the pages and endpoints
 * @param fhirBase the FHIR base URL of the hub; tokens asked for it are audience-bound to it
 * @param hub how to reach the hub's identity and audit API
 * @param signIn brute-force limits and session lifetimes
 * @param password password hashing parameters
 * @param keys signing-key rotation
 * @param audit delivery of security events to the hub
 * @param mail password-reset mail
 * @param school the school system (plain OAuth2)
 * @param egov the national identity provider (OIDC-style)
 */
@ConfigurationProperties("emocare.auth")
public record AuthServerProperties(
        URI issuer,
        URI fhirBase,
        Hub hub,
        SignIn signIn,
        Password password,
        Keys keys,
        Audit audit,
        Mail mail,
        School school,
        Egov egov) {

    /**
     * @param baseUrl the hub's base URL
     * @param clientId the client id the auth-server's own hub tokens carry
     * @param tokenLifetime lifetime of those tokens
     * @param timeout connect and read timeout of calls to the hub
     */
    public record Hub(URI baseUrl, String clientId, Duration tokenLifetime, Duration timeout) {}

    /**
     * @param addressLimit attempts one network address may make per {@code addressWindow}
     * @param addressWindow the window of the per-address limit
     * @param freeFailures consecutive failures of one account before delays start
     * @param firstDelay the first delay; it doubles with each further failure
     * @param maxDelay the longest delay (no permanent lock-out)
     * @param pendingTimeout how long a half-finished sign-in (password done, second factor not yet) stays valid
     */
    public record SignIn(
            int addressLimit,
            Duration addressWindow,
            int freeFailures,
            Duration firstDelay,
            Duration maxDelay,
            Duration pendingTimeout) {}

    /**
     * Argon2id parameters (RFC 9106); the hash of a stored password records its own parameters, so changing them
     * affects new hashes only.
     */
    public record Password(int memoryKib, int iterations, int parallelism, int minLength, int maxLength) {}

    /**
     * @param rotationInterval age after which the current signing key is replaced
     * @param retention how long a replaced key stays published for tokens it signed
     */
    public record Keys(Duration rotationInterval, Duration retention) {}

    /**
     * @param deliveryInterval how often pending events are sent to the hub
     * @param batchSize events sent per run
     * @param maxBackoff the longest wait between two attempts for one event
     * @param actorSalt salt of the hash that stands for an unknown account name
     */
    public record Audit(Duration deliveryInterval, int batchSize, Duration maxBackoff, String actorSalt) {}

    /**
     * @param from sender address of password-reset mail
     * @param resetLinkLifetime how long a reset link works
     */
    public record Mail(String from, Duration resetLinkLifetime) {}

    /** The school system: authorization at {@code authorizationUri}, profile with an {@code Access-Token} header. */
    public record School(
            URI authorizationUri, URI tokenUri, URI profileUri, String clientId, String clientSecret, String scope) {}

    /** The national identity provider; endpoints come from its discovery document under {@code issuer}. */
    public record Egov(URI issuer, String clientId, String clientSecret, String scope) {}
}
