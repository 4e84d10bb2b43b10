package kz.emocare.hub.person;

/** What kind of user a person with the USER role is. */
public enum UserCategory {
    STUDENT,
    ADULT
}
