package kz.emocare.hub.person;

/** What an organisation is; consents name organisations as recipients. */
public enum OrganizationKind {
    SCHOOL,
    CLINIC,
    NATIONAL_REGISTRY,
    MINISTRY
}
