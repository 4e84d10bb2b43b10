/*
 * Gets an access token for the demo government client (private_key_jwt) from Emocare ID — JDK only, no build needed:
 *
 *     java auth-server/scripts/DemoGovernmentToken.java [ES384|RS384] [issuer] [scope]
 *
 * Defaults: ES384, http://localhost:9000, "system/*.rs". It signs a client assertion (RFC 7523: iss = sub =
 * demo-government, aud = the token endpoint, a fresh jti, 60 s lifetime) with the DEMO private key shipped in
 * auth-server/src/main/resources/demo/, posts the client_credentials request and prints the token response.
 * The keys are for the demo only: they are public.
 */
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

public class DemoGovernmentToken {

    public static void main(String[] args) throws Exception {
        String algorithm = args.length > 0 ? args[0] : "ES384";
        String issuer = args.length > 1 ? args[1] : "http://localhost:9000";
        String scope = args.length > 2 ? args[2] : "system/*.rs";
        boolean ec = algorithm.equals("ES384");
        Path keyFile = Path.of("auth-server/src/main/resources/demo",
                ec ? "demo-government-es384.key.pem" : "demo-government-rs384.key.pem");
        String tokenEndpoint = issuer + "/oauth2/token";

        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"" + algorithm + "\",\"typ\":\"JWT\",\"kid\":\"demo-government-"
                + algorithm.toLowerCase() + "\"}";
        String claims = "{\"iss\":\"demo-government\",\"sub\":\"demo-government\",\"aud\":\"" + tokenEndpoint
                + "\",\"iat\":" + now + ",\"exp\":" + (now + 60) + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
        String signingInput = base64(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64(claims.getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance(ec ? "SHA384withECDSAinP1363Format" : "SHA384withRSA");
        signature.initSign(privateKey(keyFile, ec ? "EC" : "RSA"));
        signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        String assertion = signingInput + "." + base64(signature.sign());

        String form = "grant_type=client_credentials&scope=" + URLEncoder.encode(scope, StandardCharsets.UTF_8)
                + "&client_assertion_type=" + URLEncoder.encode(
                        "urn:ietf:params:oauth:client-assertion-type:jwt-bearer", StandardCharsets.UTF_8)
                + "&client_assertion=" + assertion;
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(tokenEndpoint))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        System.out.println(response.statusCode() + " " + response.body());
    }

    private static PrivateKey privateKey(Path file, String algorithm) throws Exception {
        String pem = Files.readString(file).replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").strip();
        return KeyFactory.getInstance(algorithm)
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(pem)));
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
