/**
 * The simulated school system (Kundelik-style): OAuth2 with a pupil-choice page, the paged {@code /v2} API over the
 * synthetic roster, a per-client rate limit, and roster generations for incremental-sync tests.
 */
package kz.emocare.contracts.simulator.school;
