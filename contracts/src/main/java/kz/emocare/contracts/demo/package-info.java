/**
 * The demo world shared by the hub's demo data, the auth-server's demo accounts and the simulators, so that one
 * start command gives a system whose parts agree on who is who. Never used outside the demo profile.
 */
package kz.emocare.contracts.demo;
