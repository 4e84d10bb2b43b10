package kz.emocare.hub.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * A keyed hash (HMAC-SHA-256) that lets the hub find a row by an encrypted value, such as an IIN, without storing the
 * value in clear. Without the key the hash cannot be reversed by trying all IINs.
 */
@Component
public final class LookupHash {

    private final SecretKeySpec key;

    public LookupHash(CryptoProperties properties) {
        byte[] bytes = Base64.getDecoder().decode(properties.lookupKey());
        if (bytes.length < 32) {
            throw new IllegalArgumentException("emocare.crypto.lookup-key must be at least 32 bytes (base64)");
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** Lower-case hex of the keyed hash; {@code null} stays {@code null}. */
    public String of(String value) {
        if (value == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("look-up hash failed", e);
        }
    }
}
