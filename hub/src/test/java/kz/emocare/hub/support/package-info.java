/** Shared test support: tokens for each role, the fresh-schema strategy for MariaDB runs, test data factories. */
package kz.emocare.hub.support;
