/**
 * Simulators of the four external systems, served by WireMock with one catch-all stub per port whose dispatcher runs
 * plain Java endpoints, injects faults and answers in each system's own error format.
 */
package kz.emocare.contracts.simulator;
