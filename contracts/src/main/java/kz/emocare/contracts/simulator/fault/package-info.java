/** Fault injection for the simulators: latency, server errors, resets, broken bodies and rate-limit answers. */
package kz.emocare.contracts.simulator.fault;
