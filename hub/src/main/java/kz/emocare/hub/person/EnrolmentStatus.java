package kz.emocare.hub.person;

/** Whether a pupil is still at the school identity sync last saw them in. */
public enum EnrolmentStatus {
    ENROLLED,
    LEFT
}
