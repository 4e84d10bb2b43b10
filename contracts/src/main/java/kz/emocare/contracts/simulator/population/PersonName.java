package kz.emocare.contracts.simulator.population;

/** A full name; {@code middleName} is the patronymic and may be {@code null}. */
public record PersonName(String firstName, String lastName, String middleName) {

    /** "Last First Middle", the way Kazakh registries write it. */
    public String fullName() {
        return middleName == null ? lastName + " " + firstName : lastName + " " + firstName + " " + middleName;
    }

    /** "Last F. M." */
    public String shortName() {
        String initials = firstName.charAt(0) + "." + (middleName == null ? "" : " " + middleName.charAt(0) + ".");
        return lastName + " " + initials;
    }
}
