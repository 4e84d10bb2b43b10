/**
 * Cross-cutting pieces every feature uses: security (the resource server and the {@link
 * kz.emocare.hub.platform.Actor} of a request), the clock, and the domain exceptions that become problem details.
 */
package kz.emocare.hub.platform;
