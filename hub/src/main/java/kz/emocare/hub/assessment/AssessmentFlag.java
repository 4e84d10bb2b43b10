package kz.emocare.hub.assessment;

/** What a scored response signals beyond its band. */
public enum AssessmentFlag {
    /** The safety item (PHQ-9 or PHQ-A item 9, thoughts of self-harm) was answered above 0: a crisis request opens. */
    SELF_HARM_RISK
}
