package kz.emocare.contracts.identity;

/** What a person may do in Emocare. A person may hold several roles. */
public enum Role {
    USER,
    VOLUNTEER,
    PSYCHOLOGIST,
    CLINICIAN,
    ADMINISTRATOR;

    /** Roles whose accounts must have a second factor. */
    public boolean requiresSecondFactor() {
        return this == PSYCHOLOGIST || this == CLINICIAN || this == ADMINISTRATOR;
    }
}
