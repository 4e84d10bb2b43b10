/**
 * The simulated medical system (DAMUMED-style FHIR R4): patients by IIN, atomic and idempotent transaction bundles
 * validated with HAPI, and EHR pages with the SMART launch for the clinician app.
 */
package kz.emocare.contracts.simulator.medical;
