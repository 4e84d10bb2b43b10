package kz.emocare.contracts.simulator.population;

/** Russian patronymics from a father's first name (Сергей → Сергеевич / Сергеевна). */
final class RussianPatronymic {

    private RussianPatronymic() {}

    static String of(String fatherName, boolean male) {
        if (fatherName.endsWith("й")) {
            String stem = fatherName.substring(0, fatherName.length() - 1);
            return stem + (male ? "евич" : "евна");
        }
        return fatherName + (male ? "ович" : "овна");
    }
}
