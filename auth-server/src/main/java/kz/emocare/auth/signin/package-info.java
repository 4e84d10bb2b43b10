/**
 * Signing in to Emocare ID: the password step with its brute-force limits, the second-factor step and mandatory
 * enrolment, asking the hub who the account is, and establishing the session the authorization endpoint relies on.
 */
package kz.emocare.auth.signin;
