package kz.emocare.hub.person;

/** The languages Emocare speaks. */
public enum Language {
    KK,
    RU,
    EN;

    /** The ISO 639-1 code (kk, ru, en). */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses kk, ru or en (any case); anything else is {@code null}. */
    public static Language fromCode(String code) {
        if (code == null) {
            return null;
        }
        for (Language language : values()) {
            if (language.name().equalsIgnoreCase(code)) {
                return language;
            }
        }
        return null;
    }
}
