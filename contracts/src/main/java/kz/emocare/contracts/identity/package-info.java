/**
 * The hub's identity-resolution API as the auth-server calls it at sign-in: which Emocare person an account of a
 * provider (school, national identity, local) belongs to, and the claims its tokens carry.
 */
package kz.emocare.contracts.identity;
