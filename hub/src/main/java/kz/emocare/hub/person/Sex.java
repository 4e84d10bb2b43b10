package kz.emocare.hub.person;

/** Sex as recorded by the school or national registry; used only in de-identified reports. */
public enum Sex {
    FEMALE,
    MALE
}
