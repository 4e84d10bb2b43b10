/**
 * The second factor: time-based one-time passwords (RFC 6238: HMAC-SHA1, 160-bit secret, 30-second steps, one step
 * of drift, a step never accepted twice), enrolment by QR code, and single-use recovery codes kept as hashes.
 */
package kz.emocare.auth.totp;
