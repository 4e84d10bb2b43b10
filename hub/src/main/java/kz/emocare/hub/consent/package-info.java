/**
 * Consents (a person lets a recipient organisation receive some of their data, for a purpose and a period; revocable
 * at any time) and the disclosure log (every time data leaves the hub under a consent). The ledger is the single
 * place that answers "may this data go to this recipient now?".
 */
package kz.emocare.hub.consent;
