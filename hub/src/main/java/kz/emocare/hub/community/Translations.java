package kz.emocare.hub.community;

import jakarta.persistence.Embeddable;
import java.util.stream.Stream;
import kz.emocare.hub.person.Language;

/**
 * A text in Kazakh, Russian and English; any of them may be missing. Readers get their language, else the first
 * present of English, Russian, Kazakh.
 */
@Embeddable
public record Translations(String kk, String ru, String en) {

    public static final Translations NONE = new Translations(null, null, null);

    public Translations {
        kk = blankToNull(kk);
        ru = blankToNull(ru);
        en = blankToNull(en);
    }

    public boolean isEmpty() {
        return kk == null && ru == null && en == null;
    }

    /** The text in the language, or the best other one. */
    public String in(Language language) {
        String wanted = language == null
                ? null
                : switch (language) {
                    case KK -> kk;
                    case RU -> ru;
                    case EN -> en;
                };
        return wanted != null
                ? wanted
                : Stream.of(en, ru, kk).filter(text -> text != null).findFirst().orElse(null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
