/**
 * Emocare ID, the OpenID Connect provider of Emocare. Features live in sub-packages: {@code signin} (pages and
 * factors), {@code account}, {@code totp}, {@code federation} (school and eGov), {@code hub} (the system of record
 * for people), {@code token} (claims, hashed storage, client assertions), {@code key}, {@code smart}, {@code audit},
 * {@code reset} and {@code demo}.
 */
package kz.emocare.auth;
