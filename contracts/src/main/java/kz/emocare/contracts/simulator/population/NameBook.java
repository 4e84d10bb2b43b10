package kz.emocare.contracts.simulator.population;

import java.util.List;
import kz.emocare.contracts.region.Region;

/**
 * Kazakh and Russian names. Kazakh surnames come either in the Russian-style form (Ахметов / Ахметова) or in the
 * patronymic form (Серікұлы / Серікқызы); Russian names carry a patronymic. The share of Russian names is higher in
 * the northern and eastern regions, as in the census.
 */
final class NameBook {

    private static final List<String> KAZAKH_MALE = List.of(
            "Нұрлан",
            "Асқар",
            "Ерболат",
            "Дәулет",
            "Бауыржан",
            "Ғалымжан",
            "Қайрат",
            "Нұрсұлтан",
            "Ерасыл",
            "Әлихан",
            "Арман",
            "Мұхтар",
            "Ілияс",
            "Санжар",
            "Темірлан",
            "Жандос",
            "Өркен",
            "Ұлан",
            "Айбек",
            "Шаһмардан",
            "Еркебұлан",
            "Рауан",
            "Алдияр",
            "Бекзат");
    private static final List<String> KAZAKH_FEMALE = List.of(
            "Аружан",
            "Әсел",
            "Ақбота",
            "Гүлназ",
            "Жанар",
            "Айгерім",
            "Іңкәр",
            "Мөлдір",
            "Ұлжан",
            "Үміт",
            "Дана",
            "Томирис",
            "Айша",
            "Аяулым",
            "Жансая",
            "Мадина",
            "Нұрай",
            "Әйгерім",
            "Салтанат",
            "Гауһар",
            "Балнұр",
            "Ақерке",
            "Інжу",
            "Сезім");
    private static final List<String> KAZAKH_SURNAME_STEMS = List.of(
            "Ахмет",
            "Нұрлан",
            "Қасым",
            "Әбдірахман",
            "Өтеген",
            "Жұмабай",
            "Сейіт",
            "Тоқтар",
            "Бекмұхамбет",
            "Құнанбай",
            "Ержан",
            "Сәрсенбай",
            "Оспан",
            "Мұқан",
            "Жақсылық",
            "Ғабит",
            "Ісмағұл",
            "Үсен",
            "Шәріп",
            "Байжан",
            "Қали",
            "Төлеген",
            "Әуез",
            "Сұлтанбек");
    private static final List<String> KAZAKH_FATHER_NAMES = List.of(
            "Серік", "Нұрлан", "Қанат", "Ерлан", "Бақыт", "Талғат", "Әділ", "Мұрат", "Ғани", "Өмір", "Ұзақ", "Жомарт",
            "Асылбек", "Дархан");
    private static final List<String> RUSSIAN_MALE = List.of(
            "Александр",
            "Дмитрий",
            "Максим",
            "Иван",
            "Артём",
            "Михаил",
            "Никита",
            "Егор",
            "Кирилл",
            "Андрей",
            "Тимофей",
            "Матвей");
    private static final List<String> RUSSIAN_FEMALE = List.of(
            "Анастасия",
            "Мария",
            "Дарья",
            "Анна",
            "Виктория",
            "Полина",
            "Елизавета",
            "Екатерина",
            "Ксения",
            "Софья",
            "Алиса",
            "Вера");
    private static final List<String> RUSSIAN_SURNAMES = List.of(
            "Иванов",
            "Смирнов",
            "Кузнецов",
            "Попов",
            "Васильев",
            "Петров",
            "Соколов",
            "Михайлов",
            "Новиков",
            "Фёдоров",
            "Морозов",
            "Волков",
            "Лебедев",
            "Семенов",
            "Егоров",
            "Павлов");
    private static final List<String> UNINFLECTED_SURNAMES = List.of("Ким", "Пак", "Шевченко", "Цой", "Бондаренко");
    private static final List<String> RUSSIAN_FATHER_NAMES =
            List.of("Александр", "Сергей", "Владимир", "Андрей", "Игорь", "Олег", "Николай", "Виктор", "Юрий", "Павел");

    private NameBook() {}

    /** A deterministic name for a person of the given sex living in the given region. */
    static PersonName name(long seed, long personKey, Sex sex, Region region) {
        boolean russian = Seeds.unit(seed, personKey, 101) < russianShare(region);
        return russian ? russianName(seed, personKey, sex) : kazakhName(seed, personKey, sex);
    }

    private static PersonName kazakhName(long seed, long personKey, Sex sex) {
        boolean male = sex == Sex.MALE;
        String first = pick(male ? KAZAKH_MALE : KAZAKH_FEMALE, seed, personKey, 102);
        String father = pick(KAZAKH_FATHER_NAMES, seed, personKey, 103);
        String patronymic = father + (male ? "ұлы" : "қызы");
        if (Seeds.unit(seed, personKey, 104) < 0.15) {
            return new PersonName(first, patronymic, null);
        }
        String stem = pick(KAZAKH_SURNAME_STEMS, seed, personKey, 105);
        String surname = stem + (endsWithVowel(stem) ? "ев" : "ов") + (male ? "" : "а");
        return new PersonName(first, surname, patronymic);
    }

    private static PersonName russianName(long seed, long personKey, Sex sex) {
        boolean male = sex == Sex.MALE;
        String first = pick(male ? RUSSIAN_MALE : RUSSIAN_FEMALE, seed, personKey, 106);
        String father = pick(RUSSIAN_FATHER_NAMES, seed, personKey, 107);
        String surname = Seeds.unit(seed, personKey, 108) < 0.1
                ? pick(UNINFLECTED_SURNAMES, seed, personKey, 109)
                : pick(RUSSIAN_SURNAMES, seed, personKey, 110) + (male ? "" : "а");
        return new PersonName(first, surname, RussianPatronymic.of(father, male));
    }

    private static double russianShare(Region region) {
        return switch (region) {
            case NORTH_KAZAKHSTAN, KOSTANAY, PAVLODAR, KARAGANDA, EAST_KAZAKHSTAN, AKMOLA -> 0.45;
            case ASTANA, ALMATY, ABAI, ULYTAU -> 0.25;
            default -> 0.08;
        };
    }

    private static boolean endsWithVowel(String stem) {
        return "аәеиоөұүыіэюя".indexOf(Character.toLowerCase(stem.charAt(stem.length() - 1))) >= 0;
    }

    private static String pick(List<String> names, long seed, long personKey, long salt) {
        return names.get(Seeds.below(names.size(), seed, personKey, salt));
    }
}
