/**
 * People and their roles, organisations (schools, clinics), school enrolment, language and accessibility preferences,
 * links to external identities, and care assignments (which volunteer or psychologist looks after which user). The
 * hub is the system of record for people; the auth-server resolves sign-ins here.
 */
package kz.emocare.hub.person;
