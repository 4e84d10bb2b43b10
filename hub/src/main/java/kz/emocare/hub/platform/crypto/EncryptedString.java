package kz.emocare.hub.platform.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Put {@code @Convert(converter = EncryptedString.class)} on a String attribute to keep it encrypted at rest. */
@Converter
public final class EncryptedString implements AttributeConverter<String, String> {

    private final DataCipher cipher;

    public EncryptedString(DataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return cipher.encrypt(attribute);
    }

    @Override
    public String convertToEntityAttribute(String column) {
        return cipher.decrypt(column);
    }
}
