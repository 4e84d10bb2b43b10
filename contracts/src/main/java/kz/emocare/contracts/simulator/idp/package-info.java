/** The simulated eGov identity provider (OpenID Connect style, RS256 ID tokens carrying the IIN) under /idp. */
package kz.emocare.contracts.simulator.idp;
