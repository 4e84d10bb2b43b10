/**
 * The small HTTP vocabulary the simulators are written in (request, response, router, error format), kept apart from
 * WireMock so that endpoints read like plain handlers and can be tested without a server.
 */
package kz.emocare.contracts.simulator.http;
