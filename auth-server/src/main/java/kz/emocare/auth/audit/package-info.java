/**
 * Security events on their way to the hub's audit trail: recorded in a local outbox table first, so that none is lost
 * while the hub is unreachable, and delivered in the background with growing back-off.
 */
package kz.emocare.auth.audit;
