package kz.emocare.hub.platform;

import java.util.Locale;

/**
 * A text in the three languages Emocare speaks. Instruments, help lines and tag names carry one; a record of its own
 * (rather than a map) so that a missing translation fails at start-up, not in front of a user.
 *
 * @param kk Kazakh
 * @param ru Russian
 * @param en English
 */
public record LocalizedText(String kk, String ru, String en) {

    public LocalizedText {
        if (isBlank(kk) || isBlank(ru) || isBlank(en)) {
            throw new IllegalArgumentException("a localized text needs kk, ru and en");
        }
    }

    /** The text in a language given by its ISO 639-1 code (kk, ru, en; any case); other codes give Russian. */
    public String in(String languageCode) {
        return switch (languageCode == null ? "" : languageCode.toLowerCase(Locale.ROOT)) {
            case "kk" -> kk;
            case "en" -> en;
            default -> ru;
        };
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
