/**
 * Sign-in with the school account (Kundelik-style plain OAuth2, token in an {@code Access-Token} header, profile from
 * {@code users/me}) and with eGov (OIDC-style, the ID token carries the IIN). Identities are keyed by (provider,
 * subject); the hub decides who they belong to, never by e-mail.
 */
package kz.emocare.auth.federation;
