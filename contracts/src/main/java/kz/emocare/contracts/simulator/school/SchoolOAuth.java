package kz.emocare.contracts.simulator.school;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import kz.emocare.contracts.school.OAuthError;
import kz.emocare.contracts.school.OAuthTokenResponse;
import kz.emocare.contracts.school.SchoolSystemApi;
import kz.emocare.contracts.simulator.http.Json;
import kz.emocare.contracts.simulator.http.LocalRedirects;
import kz.emocare.contracts.simulator.http.PersonChoicePage;
import kz.emocare.contracts.simulator.http.Router;
import kz.emocare.contracts.simulator.http.SimulatorRequest;
import kz.emocare.contracts.simulator.http.SimulatorResponse;
import kz.emocare.contracts.simulator.population.Population;
import kz.emocare.contracts.simulator.population.Pupil;

/**
 * The school system's plain OAuth2 (RFC 6749): the authorization page at {@code /oauth2} where the user picks a
 * synthetic pupil, and the token endpoint for the authorization-code and client-credentials grants. Registered
 * clients authenticate with their secret (HTTP Basic or form fields).
 */
final class SchoolOAuth {

    private static final int CHOICES_ON_PAGE = 12;
    private static final String CLIENT_SCOPE = "Schools EduGroups";

    private final Population population;
    private final Map<String, String> clients;
    private final AccessTokens tokens;
    private final AuthorizationCodes codes;

    SchoolOAuth(Population population, Map<String, String> clients, AccessTokens tokens, AuthorizationCodes codes) {
        this.population = population;
        this.clients = Map.copyOf(clients);
        this.tokens = tokens;
        this.codes = codes;
    }

    void addTo(Router router) {
        router.add("GET", SchoolSystemApi.AUTHORIZE_PATH, this::authorizationPage)
                .add("POST", SchoolSystemApi.AUTHORIZE_PATH, this::approve)
                .add("POST", SchoolSystemApi.TOKEN_PATH, this::token);
    }

    private SimulatorResponse authorizationPage(SimulatorRequest request) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String name : List.of("response_type", "client_id", "redirect_uri", "scope", "state")) {
            parameters.put(name, request.queryParameter(name).orElse(null));
        }
        return checkAuthorizationRequest(parameters).orElseGet(() -> page(parameters));
    }

    private SimulatorResponse approve(SimulatorRequest request) {
        Map<String, String> form = request.form();
        Optional<SimulatorResponse> refusal = checkAuthorizationRequest(form);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        String redirectUri = form.get("redirect_uri");
        String state = form.get("state");
        if ("deny".equals(form.get("decision"))) {
            return redirectError(redirectUri, "access_denied", "the user cancelled", state);
        }
        Optional<Pupil> pupil = Optional.ofNullable(form.get("user"))
                .filter(user -> user.matches("\\d{1,18}"))
                .flatMap(user -> population.pupilByUserId(Long.parseLong(user)));
        if (pupil.isEmpty()) {
            return html(400, PersonChoicePage.error("Unknown user", "Choose one of the listed people."));
        }
        String code =
                codes.issue(form.get("client_id"), redirectUri, pupil.get().userId(), scope(form));
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("code", code);
        answer.put("state", state);
        return SimulatorResponse.redirect(LocalRedirects.withParameters(redirectUri, answer));
    }

    private SimulatorResponse token(SimulatorRequest request) {
        Map<String, String> form = request.form();
        Optional<String> authenticated = authenticateClient(request, form);
        if (authenticated.isEmpty()) {
            return oauthError(401, "invalid_client", "client authentication failed")
                    .withHeader("WWW-Authenticate", "Basic realm=\"school-system\"");
        }
        String clientId = authenticated.get();
        String grantType = form.get("grant_type");
        if (grantType == null) {
            return oauthError(400, "invalid_request", "grant_type is required");
        }
        return switch (grantType) {
            case "authorization_code" -> redeemCode(clientId, form);
            case "client_credentials" -> clientToken(clientId, form);
            default -> oauthError(400, "unsupported_grant_type", "grant_type " + grantType + " is not supported");
        };
    }

    private SimulatorResponse redeemCode(String clientId, Map<String, String> form) {
        if (form.get("code") == null || form.get("redirect_uri") == null) {
            return oauthError(400, "invalid_request", "code and redirect_uri are required");
        }
        Optional<AuthorizationCodes.CodeGrant> grant = codes.redeem(form.get("code"));
        if (grant.isEmpty()
                || !grant.get().clientId().equals(clientId)
                || !grant.get().redirectUri().equals(form.get("redirect_uri"))) {
            return oauthError(400, "invalid_grant", "the code is invalid, expired, used, or issued to another client");
        }
        long userId = grant.get().userId();
        String accessToken = tokens.issue(clientId, userId, grant.get().scope());
        return tokenAnswer(new OAuthTokenResponse(
                accessToken,
                "bearer",
                tokens.lifetime().toSeconds(),
                grant.get().scope(),
                userId,
                Long.toString(userId)));
    }

    private SimulatorResponse clientToken(String clientId, Map<String, String> form) {
        String scope = form.getOrDefault("scope", CLIENT_SCOPE);
        if (!knownScopes(scope)) {
            return oauthError(400, "invalid_scope", "unknown scope requested");
        }
        String accessToken = tokens.issue(clientId, null, scope);
        return tokenAnswer(
                new OAuthTokenResponse(accessToken, "bearer", tokens.lifetime().toSeconds(), scope, null, null));
    }

    private Optional<String> authenticateClient(SimulatorRequest request, Map<String, String> form) {
        String[] basic = request.header("Authorization")
                .filter(value -> value.regionMatches(true, 0, "Basic ", 0, 6))
                .map(value -> decodeBasic(value.substring(6).trim()))
                .orElse(null);
        String clientId = basic != null ? basic[0] : form.get("client_id");
        String secret = basic != null ? basic[1] : form.get("client_secret");
        boolean genuine = clientId != null && secret != null && secret.equals(clients.get(clientId));
        return genuine ? Optional.of(clientId) : Optional.empty();
    }

    private Optional<SimulatorResponse> checkAuthorizationRequest(Map<String, String> parameters) {
        String clientId = parameters.get("client_id");
        String redirectUri = parameters.get("redirect_uri");
        if (clientId == null || !clients.containsKey(clientId)) {
            return Optional.of(html(400, PersonChoicePage.error("Unknown application", "The client_id is unknown.")));
        }
        if (!LocalRedirects.acceptable(redirectUri)) {
            return Optional.of(html(
                    400,
                    PersonChoicePage.error(
                            "Unusable redirect address", "The redirect_uri must be an address on this machine.")));
        }
        String state = parameters.get("state");
        if (!"code".equals(parameters.get("response_type"))) {
            return Optional.of(
                    redirectError(redirectUri, "unsupported_response_type", "only response_type=code", state));
        }
        if (!knownScopes(scope(parameters))) {
            return Optional.of(redirectError(redirectUri, "invalid_scope", "unknown scope requested", state));
        }
        return Optional.empty();
    }

    private SimulatorResponse page(Map<String, String> parameters) {
        List<PersonChoicePage.Choice> choices = IntStream.range(
                        0, Math.min(CHOICES_ON_PAGE, population.roster().pupilsEver()))
                .mapToObj(population::pupil)
                .flatMap(Optional::stream)
                .map(this::choice)
                .toList();
        String html = PersonChoicePage.render(
                "Sign in with your school account",
                "School system simulator: choose the pupil who signs in. No password is asked.",
                SchoolSystemApi.AUTHORIZE_PATH,
                parameters,
                choices,
                choices.isEmpty() ? "" : choices.get(0).value());
        return html(200, html);
    }

    private PersonChoicePage.Choice choice(Pupil pupil) {
        String className = population
                .roster()
                .currentClass(pupil.index())
                .map(ref -> population.roster().layout().name(ref.classIndex()))
                .orElse("left school");
        return new PersonChoicePage.Choice(
                Long.toString(pupil.userId()),
                pupil.person().name().firstName() + " " + pupil.person().name().lastName(),
                "kk",
                "(class " + className + ", user " + pupil.userId() + ")");
    }

    private static String scope(Map<String, String> parameters) {
        String scope = parameters.get("scope");
        return scope == null || scope.isBlank() ? "CommonInfo" : scope.trim();
    }

    private static boolean knownScopes(String scope) {
        return Arrays.stream(scope.trim().split("[ ,]+")).allMatch(SchoolSystemApi.SCOPES::contains);
    }

    private static String[] decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static SimulatorResponse redirectError(String redirectUri, String error, String description, String state) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("error", error);
        parameters.put("error_description", description);
        parameters.put("state", state);
        return SimulatorResponse.redirect(LocalRedirects.withParameters(redirectUri, parameters));
    }

    private static SimulatorResponse tokenAnswer(OAuthTokenResponse answer) {
        return SimulatorResponse.json(200, answer).withHeader("Cache-Control", "no-store");
    }

    private static SimulatorResponse oauthError(int status, String error, String description) {
        return SimulatorResponse.withBody(
                status, SimulatorResponse.JSON, Json.write(new OAuthError(error, description)));
    }

    private static SimulatorResponse html(int status, String html) {
        return SimulatorResponse.withText(status, SimulatorResponse.HTML, html);
    }
}
