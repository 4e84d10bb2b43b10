/**
 * The hub as Emocare ID sees it: the system of record for people, asked at every sign-in who an account belongs to,
 * and the keeper of the audit trail. Calls carry a short-lived JWT the auth-server signs for itself.
 */
package kz.emocare.auth.hub;
