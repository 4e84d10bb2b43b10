package kz.emocare.hub.person;

/** Text size preference; the pages scale their type by it. */
public enum TextSize {
    NORMAL,
    LARGE,
    EXTRA_LARGE
}
