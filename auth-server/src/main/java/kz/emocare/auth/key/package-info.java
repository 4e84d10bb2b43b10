/**
 * Token signing keys, kept in the database so that every instance and every restart signs with the same key, and
 * rotated so that tokens signed with the previous key stay verifiable until they expire.
 */
package kz.emocare.auth.key;
