package kz.emocare.auth.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import org.springframework.core.io.ClassPathResource;

/** The shipped demo private keys of the {@code demo-government} client (demo only, published on purpose). */
public final class DemoKeys {

    private DemoKeys() {}

    public static PrivateKey ecPrivateKey() {
        return privateKey("demo/demo-government-es384.key.pem", "EC");
    }

    public static PrivateKey rsaPrivateKey() {
        return privateKey("demo/demo-government-rs384.key.pem", "RSA");
    }

    private static PrivateKey privateKey(String resource, String algorithm) {
        try {
            String pem = new ClassPathResource(resource).getContentAsString(StandardCharsets.US_ASCII);
            byte[] der = Base64.getMimeDecoder()
                    .decode(pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "")
                            .strip());
            return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Demo key " + resource + " unreadable", e);
        }
    }
}
