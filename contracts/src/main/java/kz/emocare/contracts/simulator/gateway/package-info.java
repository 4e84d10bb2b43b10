/**
 * The simulated national gateway (SHEP-style SOAP SendMessage): person look-up in the national registry and
 * aggregate report submission, with SOAP faults carrying the contract's ErrorInfo.
 */
package kz.emocare.contracts.simulator.gateway;
