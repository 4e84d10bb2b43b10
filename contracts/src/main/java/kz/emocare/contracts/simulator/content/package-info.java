/**
 * The simulated content platform (BilimLand-style): a seeded lesson catalogue behind a cursor-based change feed with
 * deletions, and idempotent lesson completions.
 */
package kz.emocare.contracts.simulator.content;
