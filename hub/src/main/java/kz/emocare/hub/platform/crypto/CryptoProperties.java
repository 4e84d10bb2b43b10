package kz.emocare.hub.platform.crypto;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys for data at rest.
 *
 * @param activeKeyId the id of the key new values are encrypted with
 * @param dataKeys base64 AES-256 keys by id; old keys stay so that old values still decrypt after a rotation
 * @param lookupKey base64 HMAC key for look-up hashes (at least 32 bytes)
 */
@ConfigurationProperties("emocare.crypto")
public record CryptoProperties(String activeKeyId, Map<String, String> dataKeys, String lookupKey) {

    public CryptoProperties {
        if (activeKeyId == null || dataKeys == null || !dataKeys.containsKey(activeKeyId)) {
            throw new IllegalArgumentException("emocare.crypto.data-keys must contain the active key id");
        }
        if (lookupKey == null || lookupKey.isBlank()) {
            throw new IllegalArgumentException("emocare.crypto.lookup-key must be set");
        }
        dataKeys = Map.copyOf(dataKeys);
    }
}
