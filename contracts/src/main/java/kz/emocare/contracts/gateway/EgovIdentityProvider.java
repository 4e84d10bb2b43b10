package kz.emocare.contracts.gateway;

import java.util.List;

/**
 * The national identity provider (eGov IdP, OpenID Connect style), served by the gateway simulator under
 * {@value #BASE_PATH} on the gateway's port. Discovery at {@code /idp/.well-known/openid-configuration}; ID tokens
 * are RS256-signed and carry the person's IIN.
 */
public final class EgovIdentityProvider {

    public static final String BASE_PATH = "/idp";
    public static final String DISCOVERY_PATH = BASE_PATH + "/.well-known/openid-configuration";
    public static final String AUTHORIZE_PATH = BASE_PATH + "/authorize";
    public static final String TOKEN_PATH = BASE_PATH + "/token";
    public static final String USERINFO_PATH = BASE_PATH + "/userinfo";
    public static final String JWKS_PATH = BASE_PATH + "/jwks";

    /** Claim carrying the 12-digit IIN. */
    public static final String CLAIM_IIN = "iin";

    public static final List<String> SCOPES = List.of("openid", "profile", "iin");

    /** The client the auth-server uses, and its secret in the simulator. */
    public static final String DEMO_CLIENT_ID = "emocare-id";

    public static final String DEMO_CLIENT_SECRET = "emocare-egov-secret";

    private EgovIdentityProvider() {}
}
