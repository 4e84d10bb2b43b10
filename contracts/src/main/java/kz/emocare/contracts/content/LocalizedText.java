package kz.emocare.contracts.content;

/** A text in Kazakh, Russian and English. */
public record LocalizedText(String kk, String ru, String en) {

    /** The text in a language, falling back to Russian and then Kazakh. */
    public String in(String language) {
        return switch (language) {
            case "en" -> en != null ? en : ru;
            case "kk" -> kk != null ? kk : ru;
            default -> ru != null ? ru : kk;
        };
    }
}
