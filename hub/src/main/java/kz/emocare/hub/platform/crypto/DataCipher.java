package kz.emocare.hub.platform.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Encrypts short texts with AES-256-GCM. A stored value reads {@code keyId:base64(iv || ciphertext || tag)}, so
 * keys can be rotated: new values use the active key, old values keep decrypting with the key they name.
 */
@Component
public final class DataCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, SecretKey> keys = new HashMap<>();
    private final String activeKeyId;
    private final SecureRandom random = new SecureRandom();

    public DataCipher(CryptoProperties properties) {
        properties.dataKeys().forEach((id, encoded) -> keys.put(id, aesKey(id, encoded)));
        this.activeKeyId = properties.activeKeyId();
    }

    /** Encrypts with the active key; {@code null} stays {@code null}. */
    public String encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), iv, plaintext.getBytes(StandardCharsets.UTF_8));
        ByteBuffer stored =
                ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed);
        return activeKeyId + ":" + Base64.getEncoder().encodeToString(stored.array());
    }

    /** Decrypts a value written by {@link #encrypt}; {@code null} stays {@code null}. */
    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        int separator = stored.indexOf(':');
        SecretKey key = separator > 0 ? keys.get(stored.substring(0, separator)) : null;
        if (key == null) {
            throw new IllegalStateException("an encrypted value names a key that is not configured");
        }
        byte[] raw = Base64.getDecoder().decode(stored.substring(separator + 1));
        ByteBuffer buffer = ByteBuffer.wrap(raw);
        byte[] iv = new byte[IV_BYTES];
        buffer.get(iv);
        byte[] sealed = new byte[buffer.remaining()];
        buffer.get(sealed);
        return new String(run(Cipher.DECRYPT_MODE, key, iv, sealed), StandardCharsets.UTF_8);
    }

    private static byte[] run(int mode, SecretKey key, byte[] iv, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption at rest failed", e);
        }
    }

    private static SecretKey aesKey(String id, String encoded) {
        byte[] bytes = Base64.getDecoder().decode(encoded);
        if (bytes.length != 32) {
            throw new IllegalArgumentException("data key " + id + " must be 32 bytes (base64), was " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
