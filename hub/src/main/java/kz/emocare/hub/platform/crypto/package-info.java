/**
 * Encryption at rest of sensitive columns (AES-256-GCM with key ids for rotation) and the keyed hash that makes an
 * encrypted IIN findable.
 */
package kz.emocare.hub.platform.crypto;
