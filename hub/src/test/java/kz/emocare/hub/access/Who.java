package kz.emocare.hub.access;

import java.util.EnumSet;
import java.util.Set;

/** The actors of the role matrix, seen from the data of one user (the owner). */
enum Who {
    /** The user whose data the rows are about. */
    OWNER,
    /** Another user. */
    OTHER_USER,
    /** A volunteer assigned to the owner. */
    ASSIGNED_VOLUNTEER,
    /** A psychologist assigned to the owner. */
    ASSIGNED_PSYCHOLOGIST,
    /** A psychologist not assigned to the owner. */
    OTHER_PSYCHOLOGIST,
    /** A clinician of the clinic the owner gave a treatment consent to. */
    CONSENTED_CLINICIAN,
    /** A clinician of another clinic. */
    OTHER_CLINICIAN,
    ADMINISTRATOR,
    /** A machine client with the general API scope. */
    MACHINE,
    /** No token at all. */
    ANONYMOUS;

    static Set<Who> nobody() {
        return EnumSet.noneOf(Who.class);
    }

    static Set<Who> only(Who first, Who... rest) {
        return EnumSet.of(first, rest);
    }

    /** Every actor with a person's token. */
    static Set<Who> everyPerson() {
        return EnumSet.complementOf(EnumSet.of(MACHINE, ANONYMOUS));
    }

    /** Every actor with a token, person or machine. */
    static Set<Who> signedIn() {
        return EnumSet.complementOf(EnumSet.of(ANONYMOUS));
    }

    /** Every actor, signed in or not. */
    static Set<Who> everyone() {
        return EnumSet.allOf(Who.class);
    }
}
