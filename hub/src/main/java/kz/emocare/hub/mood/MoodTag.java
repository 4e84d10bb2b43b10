package kz.emocare.hub.mood;

import kz.emocare.hub.platform.LocalizedText;

/**
 * The controlled vocabulary of mood tags: what an entry is about. Fixed codes can be counted and translated; anything
 * else a person wants to say goes into custom tags or the note, which are encrypted.
 */
public enum MoodTag {
    SLEEP(new LocalizedText("Ұйқы", "Сон", "Sleep")),
    STUDY(new LocalizedText("Оқу", "Учёба", "Study")),
    WORK(new LocalizedText("Жұмыс", "Работа", "Work")),
    FAMILY(new LocalizedText("Отбасы", "Семья", "Family")),
    FRIENDS(new LocalizedText("Достар", "Друзья", "Friends")),
    HEALTH(new LocalizedText("Денсаулық", "Здоровье", "Health")),
    EXERCISE(new LocalizedText("Қозғалыс пен спорт", "Движение и спорт", "Exercise")),
    MONEY(new LocalizedText("Ақша", "Деньги", "Money")),
    LONELINESS(new LocalizedText("Жалғыздық", "Одиночество", "Loneliness")),
    STRESS(new LocalizedText("Күйзеліс", "Стресс", "Stress")),
    RELAXATION(new LocalizedText("Демалыс", "Отдых", "Rest")),
    ACHIEVEMENT(new LocalizedText("Жетістік", "Достижение", "Achievement"));

    private final LocalizedText label;

    MoodTag(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }
}
