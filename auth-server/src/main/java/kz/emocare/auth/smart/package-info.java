/**
 * SMART App Launch for the FHIR face: launch contexts that carry the patient, the FHIR audience, and the SMART
 * configuration document.
 */
package kz.emocare.auth.smart;
