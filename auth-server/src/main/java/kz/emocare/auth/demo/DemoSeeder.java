package kz.emocare.auth.demo;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import kz.emocare.auth.account.LocalAccounts;
import kz.emocare.auth.client.ClientSecrets;
import kz.emocare.auth.token.ClientAssertionDecoders;
import kz.emocare.contracts.demo.DemoDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

/** Seeds the demo accounts and clients when they are missing; leaves existing ones as they are. */
@Component
@Profile("demo")
class DemoSeeder implements ApplicationRunner {

    static final String HUB_WEB_CLIENT_ID = "emocare-hub-web";
    static final String HUB_WEB_SECRET = "demo-hub-web-secret";
    static final String MACHINE_SECRET = "demo-machine-secret";
    static final String GOVERNMENT_CLIENT_ID = "demo-government";
    static final String MEDICAL_SYSTEM_CLIENT_ID = "demo-medical-system";
    static final String MEDICAL_SYSTEM_SECRET = "demo-medical-system-secret";
    static final String SMART_APP_CLIENT_ID = "emocare-smart-app";

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);
    private static final Duration MACHINE_TOKEN_LIFETIME = Duration.ofMinutes(5);

    private final LocalAccounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final RegisteredClientRepository clients;
    private final ClientSecrets clientSecrets;

    DemoSeeder(
            LocalAccounts accounts,
            PasswordEncoder passwordEncoder,
            RegisteredClientRepository clients,
            ClientSecrets clientSecrets) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clients = clients;
        this.clientSecrets = clientSecrets;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        seedAccounts();
        seedClients();
    }

    private void seedAccounts() {
        for (DemoDirectory.DemoAccount person : DemoDirectory.ACCOUNTS) {
            if (accounts.findByUsername(person.username()).isPresent()) {
                continue;
            }
            String id = accounts.create(
                    person.username(),
                    person.email(),
                    passwordEncoder.encode(DemoDirectory.DEMO_PASSWORD),
                    person.personId().toString());
            if (person.role().requiresSecondFactor()) {
                accounts.enrolSecondFactor(id, DemoDirectory.DEMO_TOTP_SECRET, 0);
            }
            log.info("Demo account {} seeded", person.username());
        }
    }

    private void seedClients() {
        List.of(hubWebClient(), machineClient(), governmentClient(), medicalSystemClient(), smartAppClient())
                .forEach(client -> {
                    if (clients.findByClientId(client.getClientId()) == null) {
                        clients.save(client);
                        log.info("Demo client {} registered", client.getClientId());
                    }
                });
    }

    private RegisteredClient hubWebClient() {
        return RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(HUB_WEB_CLIENT_ID)
                .clientName("Emocare Hub")
                .clientSecret(clientSecrets.encode(HUB_WEB_SECRET))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri("http://localhost:8080/login/oauth2/code/emocare")
                .postLogoutRedirectUri("http://localhost:8080/")
                .scopes(scopes -> scopes.addAll(List.of("openid", "profile", "hub.api")))
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(personTokens())
                .build();
    }

    private RegisteredClient machineClient() {
        return RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(DemoDirectory.DEMO_MACHINE_CLIENT_ID)
                .clientName("Demo machine client")
                .clientSecret(clientSecrets.encode(MACHINE_SECRET))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> scopes.addAll(List.of("hub.api")))
                .tokenSettings(machineTokens())
                .build();
    }

    private RegisteredClient governmentClient() {
        return RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(GOVERNMENT_CLIENT_ID)
                .clientName("Demo government reporting system")
                .clientAuthenticationMethod(ClientAuthenticationMethod.PRIVATE_KEY_JWT)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> scopes.addAll(List.of("system/*.rs", "hub.reports")))
                .clientSettings(ClientSettings.builder()
                        .tokenEndpointAuthenticationSigningAlgorithm(SignatureAlgorithm.ES384)
                        .setting(ClientAssertionDecoders.JWKS_SETTING, governmentPublicKeys())
                        .build())
                .tokenSettings(machineTokens())
                .build();
    }

    private RegisteredClient medicalSystemClient() {
        return RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(MEDICAL_SYSTEM_CLIENT_ID)
                .clientName("Demo medical system (SMART launcher)")
                .clientSecret(clientSecrets.encode(MEDICAL_SYSTEM_SECRET))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope("smart.launch")
                .tokenSettings(machineTokens())
                .build();
    }

    private RegisteredClient smartAppClient() {
        return RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(SMART_APP_CLIENT_ID)
                .clientName("Emocare clinician app (SMART)")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("http://localhost:8080/smart-app/callback")
                .scopes(scopes -> scopes.addAll(
                        List.of("openid", "fhirUser", "launch", "launch/patient", "patient/*.rs", "user/*.rs")))
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(true)
                        .build())
                .tokenSettings(personTokens())
                .build();
    }

    private static TokenSettings personTokens() {
        return TokenSettings.builder()
                .accessTokenTimeToLive(Duration.ofMinutes(5))
                .refreshTokenTimeToLive(Duration.ofHours(8))
                .reuseRefreshTokens(false)
                .authorizationCodeTimeToLive(Duration.ofMinutes(1))
                .build();
    }

    private static TokenSettings machineTokens() {
        return TokenSettings.builder()
                .accessTokenTimeToLive(MACHINE_TOKEN_LIFETIME)
                .build();
    }

    /** The public halves of the shipped demo key pairs, as a JWK set. */
    static String governmentPublicKeys() {
        ECKey ec = new ECKey.Builder(Curve.P_384, (ECPublicKey) publicKey("demo/demo-government-es384.pub.pem", "EC"))
                .keyID("demo-government-es384")
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.ES384)
                .build();
        RSAKey rsa = new RSAKey.Builder((RSAPublicKey) publicKey("demo/demo-government-rs384.pub.pem", "RSA"))
                .keyID("demo-government-rs384")
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS384)
                .build();
        return new JWKSet(List.<JWK>of(ec, rsa)).toString(true);
    }

    private static PublicKey publicKey(String resource, String algorithm) {
        try {
            String pem = new ClassPathResource(resource).getContentAsString(StandardCharsets.US_ASCII);
            byte[] der = Base64.getMimeDecoder()
                    .decode(pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "")
                            .strip());
            return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
        } catch (IOException e) {
            throw new UncheckedIOException("Demo key " + resource + " is missing", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Demo key " + resource + " is not a valid public key", e);
        }
    }
}
