package kz.emocare.contracts.simulator.idp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.emocare.contracts.demo.DemoDirectory;
import kz.emocare.contracts.gateway.EgovIdentityProvider;
import kz.emocare.contracts.simulator.HttpTestClient;
import kz.emocare.contracts.simulator.SimulatorOptions;
import kz.emocare.contracts.simulator.SimulatorOptions.SystemPort;
import kz.emocare.contracts.simulator.Simulators;
import kz.emocare.contracts.simulator.http.Json;
import kz.emocare.contracts.simulator.population.PopulationSettings;
import kz.emocare.contracts.testing.ContractGuard;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The eGov identity provider: discovery, sign-in with PKCE, RS256 ID tokens checked against the JWKS, userinfo. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EgovIdentityProviderTest {

    private static final String REDIRECT_URI = "http://localhost:9000/login/oauth2/code/egov";
    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

    private final ContractGuard guard = new ContractGuard(false);
    private final HttpTestClient http = new HttpTestClient();
    private Simulators simulators;
    private String base;

    @BeforeAll
    void startSimulators() {
        SimulatorOptions options = SimulatorOptions.defaults()
                .withFreePorts()
                .withPopulation(PopulationSettings.DEMO.withPupils(100))
                .withMedical(
                        new SimulatorOptions.MedicalOptions(false, "http://localhost/launch", "http://localhost/fhir"));
        simulators = Simulators.start(options, java.time.Clock.systemUTC(), guard.extensions());
        base = simulators.baseUrl(SystemPort.GATEWAY);
    }

    @AfterAll
    void stop() {
        simulators.close();
        guard.assertNoViolations();
    }

    @Test
    void signInGivesAnRs256IdTokenWithTheCitizensIin() throws Exception {
        JsonNode discovery = Json.mapper()
                .readTree(http.get(base + EgovIdentityProvider.DISCOVERY_PATH).body());
        assertThat(discovery.path("issuer").asText()).isEqualTo(base + "/idp");
        assertThat(discovery.path("code_challenge_methods_supported").toString())
                .isEqualTo("[\"S256\"]");

        HttpResponse<String> page =
                http.get(discovery.path("authorization_endpoint").asText()
                        + "?response_type=code&client_id=emocare-id&scope=openid%20profile%20iin&state=st&nonce=n-1"
                        + "&redirect_uri=" + REDIRECT_URI);
        assertThat(page.body()).contains("value=\"" + DemoDirectory.ADULT.iin() + "\" checked");

        Map<String, String> answer = redirectParameters(approve(DemoDirectory.ADULT.iin(), challenge(VERIFIER)));
        assertThat(answer).containsEntry("state", "st").containsEntry("iss", base + "/idp");

        JsonNode tokens =
                Json.mapper().readTree(token(answer.get("code"), VERIFIER).body());
        JWTClaimsSet claims = verify(
                tokens.path("id_token").asText(), discovery.path("jwks_uri").asText());
        assertThat(claims.getIssuer()).isEqualTo(base + "/idp");
        assertThat(claims.getAudience()).containsExactly(EgovIdentityProvider.DEMO_CLIENT_ID);
        assertThat(claims.getStringClaim("nonce")).isEqualTo("n-1");
        assertThat(claims.getStringClaim("iin")).isEqualTo(DemoDirectory.ADULT.iin());
        assertThat(claims.getStringClaim("given_name")).isEqualTo("Даурен");
        assertThat(claims.getStringClaim("family_name")).isEqualTo("Ахметов");
        assertThat(claims.getStringClaim("birthdate")).isEqualTo("1990-01-01");
        assertThat(claims.getSubject()).doesNotContain(DemoDirectory.ADULT.iin());

        JsonNode userInfo = Json.mapper()
                .readTree(http.get(
                                base + EgovIdentityProvider.USERINFO_PATH,
                                "Authorization",
                                "Bearer " + tokens.path("access_token").asText())
                        .body());
        assertThat(userInfo.path("sub").asText()).isEqualTo(claims.getSubject());
        assertThat(userInfo.path("iin").asText()).isEqualTo(DemoDirectory.ADULT.iin());
    }

    @Test
    void codeIsRefusedWithAWrongVerifierAndCannotBeUsedAgain() {
        String code = redirectParameters(approve(DemoDirectory.ADULT.iin(), challenge(VERIFIER)))
                .get("code");
        String wrongVerifier = VERIFIER.replace('d', 'e');
        assertThat(token(code, wrongVerifier).body()).contains("invalid_grant");
        assertThat(token(code, VERIFIER).body()).contains("invalid_grant");
    }

    @Test
    void plainPkceAndMissingOpenidScopeAreRedirectedAsErrors() {
        HttpResponse<String> plain = http.get(base + EgovIdentityProvider.AUTHORIZE_PATH
                + "?response_type=code&client_id=emocare-id&scope=openid&code_challenge=abc&code_challenge_method=plain"
                + "&redirect_uri=" + REDIRECT_URI);
        assertThat(plain.headers().firstValue("Location").orElseThrow()).contains("error=invalid_request");

        HttpResponse<String> noOpenid = http.get(base + EgovIdentityProvider.AUTHORIZE_PATH
                + "?response_type=code&client_id=emocare-id&scope=profile&redirect_uri=" + REDIRECT_URI);
        assertThat(noOpenid.headers().firstValue("Location").orElseThrow()).contains("error=invalid_scope");
    }

    @Test
    void userinfoRefusesAMissingOrForgedToken() {
        HttpResponse<String> answer =
                http.get(base + EgovIdentityProvider.USERINFO_PATH, "Authorization", "Bearer x.y.z");
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate").orElseThrow())
                .contains("invalid_token");
    }

    private HttpResponse<String> approve(String iin, String codeChallenge) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("response_type", "code");
        form.put("client_id", EgovIdentityProvider.DEMO_CLIENT_ID);
        form.put("redirect_uri", REDIRECT_URI);
        form.put("scope", "openid profile iin");
        form.put("state", "st");
        form.put("nonce", "n-1");
        form.put("code_challenge", codeChallenge);
        form.put("code_challenge_method", "S256");
        form.put("user", iin);
        form.put("decision", "allow");
        HttpResponse<String> redirect = http.postForm(base + EgovIdentityProvider.AUTHORIZE_PATH, form);
        assertThat(redirect.statusCode()).isEqualTo(302);
        return redirect;
    }

    private HttpResponse<String> token(String code, String verifier) {
        return http.postForm(
                base + EgovIdentityProvider.TOKEN_PATH,
                Map.of(
                        "grant_type",
                        "authorization_code",
                        "code",
                        code,
                        "redirect_uri",
                        REDIRECT_URI,
                        "code_verifier",
                        verifier,
                        "client_id",
                        EgovIdentityProvider.DEMO_CLIENT_ID,
                        "client_secret",
                        EgovIdentityProvider.DEMO_CLIENT_SECRET));
    }

    private JWTClaimsSet verify(String idToken, String jwksUri) throws Exception {
        JWKSet keys = JWKSet.parse(http.get(jwksUri).body());
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(keys)));
        return processor.process(idToken, null);
    }

    private static Map<String, String> redirectParameters(HttpResponse<String> redirect) {
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(REDIRECT_URI + "?");
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : URI.create(location).getRawQuery().split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            parameters.put(nameAndValue[0], java.net.URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
