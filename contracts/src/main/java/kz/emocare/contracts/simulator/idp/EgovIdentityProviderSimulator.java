package kz.emocare.contracts.simulator.idp;

import com.nimbusds.jwt.JWTClaimsSet;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import kz.emocare.contracts.gateway.EgovIdentityProvider;
import kz.emocare.contracts.simulator.SimulatedSystem;
import kz.emocare.contracts.simulator.http.LocalRedirects;
import kz.emocare.contracts.simulator.http.PersonChoicePage;
import kz.emocare.contracts.simulator.http.ProtocolErrors;
import kz.emocare.contracts.simulator.http.Router;
import kz.emocare.contracts.simulator.http.SimulatorRequest;
import kz.emocare.contracts.simulator.http.SimulatorResponse;
import kz.emocare.contracts.simulator.idp.EgovCodes.CodeGrant;
import kz.emocare.contracts.simulator.population.Population;
import kz.emocare.contracts.simulator.population.SyntheticPerson;

/**
 * The simulated eGov identity provider (OpenID Connect style, authorization code with optional PKCE S256): the user
 * picks a synthetic citizen; the ID token (RS256) carries {@code sub}, {@code iin}, {@code name}, {@code given_name},
 * {@code family_name} and {@code birthdate}.
 */
public final class EgovIdentityProviderSimulator implements SimulatedSystem {

    private static final int PUPILS_ON_PAGE = 3;

    private final Population population;
    private final Map<String, String> clients;
    private final Supplier<String> baseUrl;
    private final EgovCodes codes;
    private final EgovTokens tokens;
    private final OAuthErrors errors = new OAuthErrors();

    /**
     * @param baseUrl the server's {@code http://localhost:port}, known once the server has started
     */
    public EgovIdentityProviderSimulator(
            Population population, Map<String, String> clients, Supplier<String> baseUrl, Clock clock) {
        this.population = population;
        this.clients = Map.copyOf(clients);
        this.baseUrl = baseUrl;
        this.codes = new EgovCodes(clock);
        this.tokens = new EgovTokens(clock);
    }

    @Override
    public String name() {
        return "egov-idp";
    }

    @Override
    public Router routes() {
        return new Router()
                .add("GET", EgovIdentityProvider.DISCOVERY_PATH, request -> SimulatorResponse.json(200, discovery()))
                .add("GET", EgovIdentityProvider.JWKS_PATH, request -> SimulatorResponse.json(200, tokens.publicJwks()))
                .add("GET", EgovIdentityProvider.AUTHORIZE_PATH, this::authorizationPage)
                .add("POST", EgovIdentityProvider.AUTHORIZE_PATH, this::approve)
                .add("POST", EgovIdentityProvider.TOKEN_PATH, this::token)
                .add("GET", EgovIdentityProvider.USERINFO_PATH, this::userInfo)
                .add("POST", EgovIdentityProvider.USERINFO_PATH, this::userInfo);
    }

    @Override
    public ProtocolErrors errors() {
        return errors;
    }

    private String issuer() {
        return baseUrl.get() + EgovIdentityProvider.BASE_PATH;
    }

    private Map<String, Object> discovery() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        String base = baseUrl.get();
        metadata.put("issuer", issuer());
        metadata.put("authorization_endpoint", base + EgovIdentityProvider.AUTHORIZE_PATH);
        metadata.put("token_endpoint", base + EgovIdentityProvider.TOKEN_PATH);
        metadata.put("userinfo_endpoint", base + EgovIdentityProvider.USERINFO_PATH);
        metadata.put("jwks_uri", base + EgovIdentityProvider.JWKS_PATH);
        metadata.put("response_types_supported", List.of("code"));
        metadata.put("grant_types_supported", List.of("authorization_code"));
        metadata.put("subject_types_supported", List.of("public"));
        metadata.put("id_token_signing_alg_values_supported", List.of("RS256"));
        metadata.put("scopes_supported", EgovIdentityProvider.SCOPES);
        metadata.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        metadata.put("code_challenge_methods_supported", List.of("S256"));
        metadata.put("authorization_response_iss_parameter_supported", true);
        metadata.put(
                "claims_supported",
                List.of(
                        "sub",
                        "iss",
                        "aud",
                        "exp",
                        "iat",
                        "auth_time",
                        "nonce",
                        "iin",
                        "name",
                        "given_name",
                        "family_name",
                        "birthdate"));
        return metadata;
    }

    private SimulatorResponse authorizationPage(SimulatorRequest request) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String name : AuthorizationRequestCheck.PARAMETERS) {
            parameters.put(name, request.queryParameter(name).orElse(null));
        }
        return new AuthorizationRequestCheck(clients).refusal(parameters).orElseGet(() -> page(parameters));
    }

    private SimulatorResponse approve(SimulatorRequest request) {
        Map<String, String> form = request.form();
        Optional<SimulatorResponse> refusal = new AuthorizationRequestCheck(clients).refusal(form);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        String redirectUri = form.get("redirect_uri");
        if ("deny".equals(form.get("decision"))) {
            return AuthorizationRequestCheck.redirectError(redirectUri, "access_denied", "the user cancelled", form);
        }
        Optional<SyntheticPerson> person = Optional.ofNullable(form.get("user")).flatMap(population::personByIin);
        if (person.isEmpty()) {
            return SimulatorResponse.withText(
                    400, SimulatorResponse.HTML, PersonChoicePage.error("Unknown person", "Choose a listed person."));
        }
        String code = codes.issue(new CodeGrant.Request(
                form.get("client_id"),
                redirectUri,
                person.get().iin(),
                form.get("scope"),
                form.get("nonce"),
                form.get("code_challenge")));
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("code", code);
        answer.put("state", form.get("state"));
        answer.put("iss", issuer());
        return SimulatorResponse.redirect(LocalRedirects.withParameters(redirectUri, answer));
    }

    private SimulatorResponse token(SimulatorRequest request) {
        Map<String, String> form = request.form();
        Optional<String> clientId = ClientAuthentication.authenticate(request, form, clients);
        if (clientId.isEmpty()) {
            return errors.error(401, "invalid_client", "client authentication failed")
                    .withHeader("WWW-Authenticate", "Basic realm=\"egov-idp\"");
        }
        if (!"authorization_code".equals(form.get("grant_type"))) {
            return errors.error(400, "unsupported_grant_type", "only authorization_code is supported");
        }
        Optional<CodeGrant> grant = codes.redeem(form.get("code"));
        if (grant.isEmpty()
                || !grant.get().request().clientId().equals(clientId.get())
                || !grant.get().request().redirectUri().equals(form.get("redirect_uri"))
                || !pkceSatisfied(grant.get().request().codeChallenge(), form.get("code_verifier"))) {
            return errors.error(
                    400, "invalid_grant", "the code is invalid, expired, used, or not bound to this request");
        }
        SyntheticPerson person =
                population.personByIin(grant.get().request().iin()).orElseThrow();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put(
                "access_token",
                tokens.accessToken(
                        issuer(), clientId.get(), person, grant.get().request().scope()));
        answer.put("token_type", "Bearer");
        answer.put("expires_in", EgovTokens.LIFETIME.toSeconds());
        answer.put("scope", grant.get().request().scope());
        answer.put(
                "id_token",
                tokens.idToken(
                        issuer(),
                        clientId.get(),
                        person,
                        grant.get().request().nonce(),
                        grant.get().authenticatedAt()));
        return SimulatorResponse.json(200, answer).withHeader("Cache-Control", "no-store");
    }

    private SimulatorResponse userInfo(SimulatorRequest request) {
        Optional<JWTClaimsSet> claims = request.header("Authorization")
                .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
                .flatMap(value -> tokens.verifyAccessToken(value.substring(7).trim(), issuer()));
        if (claims.isEmpty()) {
            return errors.error(401, "invalid_token", "the access token is missing, invalid or expired")
                    .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        for (String name : List.of("sub", "iin", "name", "given_name", "family_name", "birthdate")) {
            answer.put(name, claims.get().getClaim(name));
        }
        return SimulatorResponse.json(200, answer);
    }

    private SimulatorResponse page(Map<String, String> parameters) {
        List<PersonChoicePage.Choice> choices = new ArrayList<>();
        population.citizens().all().forEach(person -> choices.add(choice(person)));
        for (int index = 0; index < PUPILS_ON_PAGE; index++) {
            population
                    .pupil(index)
                    .map(pupil -> pupil.person())
                    .filter(person -> person.iin() != null)
                    .ifPresent(person -> choices.add(choice(person)));
        }
        String html = PersonChoicePage.render(
                "Sign in with eGov",
                "National identity simulator: choose the citizen who signs in. No password or certificate is asked.",
                EgovIdentityProvider.AUTHORIZE_PATH,
                parameters,
                choices,
                choices.get(0).value());
        return SimulatorResponse.withText(200, SimulatorResponse.HTML, html);
    }

    private static PersonChoicePage.Choice choice(SyntheticPerson person) {
        return new PersonChoicePage.Choice(
                person.iin(),
                person.name().firstName() + " " + person.name().lastName(),
                "kk",
                "(IIN " + person.iin() + ", born " + person.birthDate() + ")");
    }

    private static boolean pkceSatisfied(String challenge, String verifier) {
        if (challenge == null) {
            return verifier == null;
        }
        if (verifier == null || !verifier.matches("[A-Za-z0-9\\-._~]{43,128}")) {
            return false;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(digest)
                    .equals(challenge);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
