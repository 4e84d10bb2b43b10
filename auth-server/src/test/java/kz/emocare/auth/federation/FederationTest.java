package kz.emocare.auth.federation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.AuthorizationSuccessResponse;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import java.net.URI;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.emocare.auth.support.Browser;
import kz.emocare.auth.support.HubStub;
import kz.emocare.auth.support.OidcTest;
import kz.emocare.contracts.demo.DemoDirectory;
import kz.emocare.contracts.identity.Role;
import kz.emocare.contracts.identity.TokenClaims;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Sign-in with the school account and with eGov against stubbed providers: the three linking cases, a second provider
 * for the same person, a provider that is down and one that sends malformed data.
 */
class FederationTest extends OidcTest {

    private static final RSAKey EGOV_KEY = generateKey();
    private static final RSAKey STRANGER_KEY = generateKey();
    private static final String EGOV_SUBJECT = "egov-" + UUID.randomUUID();

    private CodeVerifier verifier;

    @BeforeEach
    void stubProviders() {
        String idp = "http://localhost:" + EXTERNAL.port() + "/idp";
        EXTERNAL.stubFor(get(urlPathEqualTo("/idp/.well-known/openid-configuration"))
                .willReturn(json("{\"issuer\":\"" + idp + "\",\"authorization_endpoint\":\"" + idp + "/authorize\","
                        + "\"token_endpoint\":\"" + idp + "/token\",\"jwks_uri\":\"" + idp + "/jwks\"}")));
        EXTERNAL.stubFor(
                get(urlPathEqualTo("/idp/jwks")).willReturn(json(new JWKSet(EGOV_KEY.toPublicJWK()).toString())));
        EXTERNAL.stubFor(post(urlPathEqualTo("/school/oauth2/token"))
                .willReturn(json("{\"access_token\":\"school-access\",\"token_type\":\"bearer\"}")));
    }

    @Test
    void studentSignsInWithTheSchoolAccountLinkedByIdentitySync() throws Exception {
        schoolProfile("{\"id_str\":\"1000000001\",\"name\":\"Аружан Серікқызы\"}");
        hub.resolves("SCHOOL", "1000000001", "LINKED", DemoDirectory.STUDENT);

        JWTClaimsSet claims = accessClaims(signInWithSchool(browser()));

        assertThat(claims.getSubject())
                .isEqualTo(DemoDirectory.STUDENT.personId().toString());
        assertThat(claims.getStringClaim(TokenClaims.SCHOOL_ID))
                .isEqualTo(DemoDirectory.SCHOOL.id().toString());
        EXTERNAL.verify(postRequestedFor(urlPathEqualTo(HubStub.RESOLVE))
                .withRequestBody(
                        matchingJsonPath("$.email", com.github.tomakehurst.wiremock.client.WireMock.absent())));
    }

    @Test
    void adultUnknownToTheHubSignsInWithEgovAndANewPersonIsCreated() throws Exception {
        UUID created = UUID.randomUUID();
        hub.resolves("EGOV", EGOV_SUBJECT, "CREATED", created, "Жаңа адам", List.of(Role.USER), null, null);

        JWTClaimsSet claims = accessClaims(signInWithEgov(browser(), "060101600009", null));

        assertThat(claims.getSubject()).isEqualTo(created.toString());
        EXTERNAL.verify(postRequestedFor(urlPathEqualTo(HubStub.RESOLVE))
                .withRequestBody(matchingJsonPath("$.verifiedIin", equalTo("060101600009"))));
    }

    @Test
    void sameIinAsAnExistingPersonIsLinkedOnlyAfterProofOfTheExistingAccount() throws Exception {
        hub.resolves("EGOV", EGOV_SUBJECT, "PROOF_REQUIRED", DemoDirectory.ADULT);
        hub.links(DemoDirectory.ADULT);
        Browser browser = browser();
        startAuthorization(browser);

        Browser.Page afterEgov = browser.follow(egovCallback(browser, DemoDirectory.ADULT.iin(), null));
        assertThat(afterEgov.body()).contains("already belongs to someone");
        EXTERNAL.verify(0, postRequestedFor(urlPathEqualTo(HubStub.LINK)));

        Browser.Page done = browser.follow(
                browser.post("/login", Map.of("username", "dauren", "password", DemoDirectory.DEMO_PASSWORD)));

        assertThat(accessClaims(URI.create(done.location())).getSubject())
                .isEqualTo(DemoDirectory.ADULT.personId().toString());
        EXTERNAL.verify(postRequestedFor(urlPathEqualTo(HubStub.LINK))
                .withRequestBody(matchingJsonPath("$.provider", equalTo("EGOV")))
                .withRequestBody(matchingJsonPath("$.subject", equalTo(EGOV_SUBJECT)))
                .withRequestBody(matchingJsonPath(
                        "$.personId", equalTo(DemoDirectory.ADULT.personId().toString()))));
    }

    @Test
    void secondProviderOfTheSamePersonGivesTheSamePerson() throws Exception {
        schoolProfile("{\"id_str\":\"1000000001\",\"firstName\":\"Аружан\",\"lastName\":\"Серікқызы\"}");
        hub.resolves("SCHOOL", "1000000001", "LINKED", DemoDirectory.STUDENT);
        hub.resolves("EGOV", EGOV_SUBJECT, "LINKED", DemoDirectory.STUDENT);

        String viaSchool = accessClaims(signInWithSchool(browser())).getSubject();
        String viaEgov = accessClaims(signInWithEgov(browser(), DemoDirectory.STUDENT.iin(), null))
                .getSubject();

        assertThat(viaEgov)
                .isEqualTo(viaSchool)
                .isEqualTo(DemoDirectory.STUDENT.personId().toString());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM federated_identity WHERE person_id = ?",
                        Integer.class,
                        DemoDirectory.STUDENT.personId().toString()))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void schoolSystemThatIsDownGivesAClearMessageAndAsksTheHubNothing() {
        EXTERNAL.stubFor(post(urlPathEqualTo("/school/oauth2/token"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        Browser browser = browser();
        startAuthorization(browser);

        Browser.Page page = schoolCallback(browser);

        assertThat(page.status()).isEqualTo(502);
        assertThat(page.body()).contains("school system is not answering");
        EXTERNAL.verify(0, postRequestedFor(urlPathEqualTo(HubStub.RESOLVE)));
    }

    @Test
    void schoolProfileWithoutItsStableIdIsRefusedAsMalformed() {
        schoolProfile("{\"name\":\"Someone\",\"email\":\"someone@example.kz\"}");
        Browser browser = browser();
        startAuthorization(browser);

        Browser.Page page = schoolCallback(browser);

        assertThat(page.status()).isEqualTo(502);
        assertThat(page.body()).contains("cannot use");
        EXTERNAL.verify(0, postRequestedFor(urlPathEqualTo(HubStub.RESOLVE)));
    }

    @Test
    void egovIdTokenWithAnInvalidIinIsRefusedAsMalformed() {
        Browser browser = browser();
        startAuthorization(browser);

        Browser.Page page = egovCallback(browser, "900101300018", null);

        assertThat(page.status()).isEqualTo(502);
        EXTERNAL.verify(0, postRequestedFor(urlPathEqualTo(HubStub.RESOLVE)));
    }

    @Test
    void egovIdTokenSignedWithAnotherKeyIsRefused() {
        Browser browser = browser();
        startAuthorization(browser);

        Browser.Page page = egovCallback(browser, DemoDirectory.ADULT.iin(), STRANGER_KEY);

        assertThat(page.status()).isEqualTo(502);
        EXTERNAL.verify(0, postRequestedFor(urlPathEqualTo(HubStub.RESOLVE)));
    }

    @Test
    void callbackWithAForeignStateIsRefused() {
        Browser browser = browser();
        startAuthorization(browser);
        browser.get("/federation/school/start");

        Browser.Page page = browser.get("/federation/school/callback?code=abc&state=forged");

        assertThat(page.status()).isEqualTo(400);
        EXTERNAL.verify(0, postRequestedFor(urlPathEqualTo("/school/oauth2/token")));
    }

    private URI signInWithSchool(Browser browser) {
        startAuthorization(browser);
        Browser.Page done = browser.follow(schoolCallback(browser));
        assertThat(done.isRedirect()).as("status %s", done.status()).isTrue();
        return URI.create(done.location());
    }

    private URI signInWithEgov(Browser browser, String iin, RSAKey signingKey) {
        startAuthorization(browser);
        Browser.Page done = browser.follow(egovCallback(browser, iin, signingKey));
        assertThat(done.isRedirect()).as("status %s", done.status()).isTrue();
        return URI.create(done.location());
    }

    private Browser.Page schoolCallback(Browser browser) {
        Map<String, String> query =
                query(browser.get("/federation/school/start").location());
        assertThat(query).containsEntry("client_id", "emocare-id").containsKey("redirect_uri");
        return browser.get("/federation/school/callback?code=school-code&state=" + query.get("state"));
    }

    private Browser.Page egovCallback(Browser browser, String iin, RSAKey signingKey) {
        Map<String, String> query = query(browser.get("/federation/egov/start").location());
        assertThat(query).containsEntry("code_challenge_method", "S256");
        String idToken = idToken(query.get("nonce"), iin, signingKey == null ? EGOV_KEY : signingKey);
        EXTERNAL.stubFor(post(urlPathEqualTo("/idp/token"))
                .willReturn(json("{\"access_token\":\"egov-access\",\"token_type\":\"Bearer\",\"id_token\":\"" + idToken
                        + "\"}")));
        return browser.get("/federation/egov/callback?code=egov-code&state=" + query.get("state"));
    }

    private void startAuthorization(Browser browser) {
        verifier = new CodeVerifier();
        browser.follow(
                browser.get(hubWebRequest(verifier, new Nonce()).build().toURI().toString()));
    }

    private void schoolProfile(String body) {
        EXTERNAL.stubFor(get(urlPathEqualTo("/school/v2/users/me"))
                .withHeader("Access-Token", equalTo("school-access"))
                .willReturn(json(body)));
    }

    private JWTClaimsSet accessClaims(URI redirect) throws Exception {
        AuthorizationSuccessResponse response = (AuthorizationSuccessResponse) parseResponse(redirect);
        OIDCTokenResponse tokens = (OIDCTokenResponse) exchange(response.getAuthorizationCode(), verifier);
        return SignedJWT.parse(tokens.getOIDCTokens().getAccessToken().getValue())
                .getJWTClaimsSet();
    }

    private static String idToken(String nonce, String iin, RSAKey key) {
        try {
            Date now = new Date();
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .issuer("http://localhost:" + EXTERNAL.port() + "/idp")
                    .subject(EGOV_SUBJECT)
                    .audience("emocare-id")
                    .issueTime(now)
                    .expirationTime(new Date(now.getTime() + 300_000))
                    .claim("nonce", nonce)
                    .claim("iin", iin)
                    .claim("name", "Даурен Ахметов")
                    .build();
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> query(String location) {
        return UriComponentsBuilder.fromUriString(location)
                .build()
                .getQueryParams()
                .toSingleValueMap()
                .entrySet()
                .stream()
                .collect(java.util.stream.Collectors.toMap(
                        Map.Entry::getKey,
                        entry ->
                                java.net.URLDecoder.decode(entry.getValue(), java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    private static RSAKey generateKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
