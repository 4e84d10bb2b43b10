package kz.emocare.hub.crisis;

/** What opened a crisis request. */
public enum CrisisSource {
    /** The person pressed the help button. */
    HELP_BUTTON,
    /** A self-test flagged a risk (a positive PHQ-9 or PHQ-A item 9). */
    SCREENING
}
