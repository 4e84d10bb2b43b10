/** Regions of Kazakhstan as the external systems and the hub's reports name them. */
package kz.emocare.contracts.region;
