/** The medical system's FHIR R4 contract (DAMUMED-style): identifier systems, codes, EHR launch context. */
package kz.emocare.contracts.medical;
