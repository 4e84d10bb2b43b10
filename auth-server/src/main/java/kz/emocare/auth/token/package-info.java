/**
 * Tokens as Emocare issues and keeps them: claims of person and machine tokens, token values stored only as hashes,
 * refresh-token reuse detection, private_key_jwt client assertions and the authorization response's {@code iss}.
 */
package kz.emocare.auth.token;
