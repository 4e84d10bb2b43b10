/**
 * Test support shared through the {@code contracts} test-jar: the contract guard that checks every request a client
 * sends to the simulators, and every answer they give, against the external systems' contracts.
 */
package kz.emocare.contracts.testing;
