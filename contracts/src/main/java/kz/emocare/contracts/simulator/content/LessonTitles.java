package kz.emocare.contracts.simulator.content;

import java.util.Map;
import kz.emocare.contracts.content.LocalizedText;

/** Title patterns per topic in Kazakh, Russian and English; the number makes each lesson's title distinct. */
final class LessonTitles {

    private static final Map<String, LocalizedText> PATTERNS = Map.of(
            "anxiety",
                    new LocalizedText(
                            "Мазасыздықпен күресу: %d-сабақ",
                            "Как справиться с тревогой: урок %d", "Coping with anxiety: lesson %d"),
            "stress",
                    new LocalizedText(
                            "Күйзелісті басқару: %d-сабақ",
                            "Управление стрессом: урок %d", "Managing stress: lesson %d"),
            "sleep", new LocalizedText("Сапалы ұйқы: %d-сабақ", "Здоровый сон: урок %d", "Sleeping well: lesson %d"),
            "bullying",
                    new LocalizedText(
                            "Буллингке қарсы тұру: %d-сабақ",
                            "Как противостоять травле: урок %d", "Standing up to bullying: lesson %d"),
            "mood",
                    new LocalizedText(
                            "Көңіл-күйді түсіну: %d-сабақ",
                            "Понимать своё настроение: урок %d", "Understanding your mood: lesson %d"),
            "self-esteem",
                    new LocalizedText(
                            "Өзіңе сену: %d-сабақ", "Уверенность в себе: урок %d", "Believing in yourself: lesson %d"),
            "loneliness",
                    new LocalizedText(
                            "Жалғыздықты жеңу: %d-сабақ", "Когда одиноко: урок %d", "When you feel lonely: lesson %d"));

    private LessonTitles() {}

    static LocalizedText title(String topic, int number, int revision) {
        LocalizedText pattern = PATTERNS.get(topic);
        String suffix = revision == 0 ? "" : " (" + (revision + 1) + ")";
        return new LocalizedText(
                pattern.kk().formatted(number) + suffix,
                pattern.ru().formatted(number) + suffix,
                pattern.en().formatted(number) + suffix);
    }
}
