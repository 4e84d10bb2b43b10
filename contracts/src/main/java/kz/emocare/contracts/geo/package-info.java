/** Places shared by the hub, the external systems and the reports: the regions of Kazakhstan. */
package kz.emocare.contracts.geo;
