package kz.emocare.contracts.simulator.population;

/** Kinds of school, with the Kazakh word used in names and the school system's type label. */
enum SchoolKind {
    GENERAL("жалпы білім беретін мектеп", "Regular"),
    GYMNASIUM("мектеп-гимназия", "Gymnasium"),
    LYCEUM("мектеп-лицей", "Lyceum"),
    IT_LYCEUM("IT-лицей", "Lyceum"),
    SPECIALIZED("мамандандырылған мектеп", "Specialized");

    private final String kazakhName;
    private final String typeLabel;

    SchoolKind(String kazakhName, String typeLabel) {
        this.kazakhName = kazakhName;
        this.typeLabel = typeLabel;
    }

    String kazakhName() {
        return kazakhName;
    }

    String typeLabel() {
        return typeLabel;
    }
}
