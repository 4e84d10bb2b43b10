/**
 * Security events other systems write into the hub's audit trail (sign-in attempts, second-factor checks, password
 * resets), as {@code POST /api/v1/audit/events} carries them.
 */
package kz.emocare.contracts.audit;
