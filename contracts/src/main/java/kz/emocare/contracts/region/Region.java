package kz.emocare.contracts.region;

import java.util.Arrays;
import java.util.Optional;

/**
 * The first-level administrative units of Kazakhstan: seventeen regions and the three cities of republican
 * significance. Reports break indicators down by these codes; the simulators place schools in every one of them.
 */
public enum Region {
    ABAI("Абай облысы", "Абайская область", "Abai Region", "Семей"),
    AKMOLA("Ақмола облысы", "Акмолинская область", "Akmola Region", "Көкшетау"),
    AKTOBE("Ақтөбе облысы", "Актюбинская область", "Aktobe Region", "Ақтөбе"),
    ALMATY_REGION("Алматы облысы", "Алматинская область", "Almaty Region", "Қонаев"),
    ATYRAU("Атырау облысы", "Атырауская область", "Atyrau Region", "Атырау"),
    EAST_KAZAKHSTAN("Шығыс Қазақстан облысы", "Восточно-Казахстанская область", "East Kazakhstan Region", "Өскемен"),
    JAMBYL("Жамбыл облысы", "Жамбылская область", "Jambyl Region", "Тараз"),
    JETISU("Жетісу облысы", "Жетысуская область", "Jetisu Region", "Талдықорған"),
    KARAGANDA("Қарағанды облысы", "Карагандинская область", "Karaganda Region", "Қарағанды"),
    KOSTANAY("Қостанай облысы", "Костанайская область", "Kostanay Region", "Қостанай"),
    KYZYLORDA("Қызылорда облысы", "Кызылординская область", "Kyzylorda Region", "Қызылорда"),
    MANGYSTAU("Маңғыстау облысы", "Мангистауская область", "Mangystau Region", "Ақтау"),
    NORTH_KAZAKHSTAN(
            "Солтүстік Қазақстан облысы", "Северо-Казахстанская область", "North Kazakhstan Region", "Петропавл"),
    PAVLODAR("Павлодар облысы", "Павлодарская область", "Pavlodar Region", "Павлодар"),
    TURKISTAN("Түркістан облысы", "Туркестанская область", "Turkistan Region", "Түркістан"),
    ULYTAU("Ұлытау облысы", "Улытауская область", "Ulytau Region", "Жезқазған"),
    WEST_KAZAKHSTAN("Батыс Қазақстан облысы", "Западно-Казахстанская область", "West Kazakhstan Region", "Орал"),
    ASTANA("Астана қаласы", "город Астана", "Astana", "Астана"),
    ALMATY("Алматы қаласы", "город Алматы", "Almaty", "Алматы"),
    SHYMKENT("Шымкент қаласы", "город Шымкент", "Shymkent", "Шымкент");

    private final String nameKazakh;
    private final String nameRussian;
    private final String nameEnglish;
    private final String centre;

    Region(String nameKazakh, String nameRussian, String nameEnglish, String centre) {
        this.nameKazakh = nameKazakh;
        this.nameRussian = nameRussian;
        this.nameEnglish = nameEnglish;
        this.centre = centre;
    }

    /** The name in Kazakh, Russian or English ("kk", "ru", anything else gives English). */
    public String displayName(String language) {
        return switch (language) {
            case "kk" -> nameKazakh;
            case "ru" -> nameRussian;
            default -> nameEnglish;
        };
    }

    /** The administrative centre (the city itself for the three cities), in Kazakh. */
    public String centre() {
        return centre;
    }

    /** The region with this code, if any. */
    public static Optional<Region> fromCode(String code) {
        return Arrays.stream(values())
                .filter(region -> region.name().equals(code))
                .findFirst();
    }
}
