package kz.emocare.hub.crisis;

/** How a crisis request ended; reports count these, the outcome note says the rest. */
public enum CrisisOutcome {
    /** The psychologist talked with the person and supported them. */
    SUPPORTED,
    /** The person was referred to a specialist or a clinic. */
    REFERRED_TO_SPECIALIST,
    /** Emergency services were called. */
    EMERGENCY_SERVICES_CALLED,
    /** The person could not be reached despite attempts. */
    NOT_REACHED,
    /** On contact, no risk was found (e.g. the button was pressed by mistake). */
    NO_RISK_FOUND,
    /** Set by the hub alone: the person erased their account while the request was active. */
    ACCOUNT_ERASED
}
