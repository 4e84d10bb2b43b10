package kz.emocare.hub.assessment;

/** Where a response came from. */
public enum AssessmentSource {
    /** The person took the test in Emocare (web pages or REST API). */
    APP,
    /** A QuestionnaireResponse created through the FHIR face. */
    FHIR,
    /** Demo data. */
    DEMO
}
