package kz.emocare.contracts.medical;

import java.time.Instant;

/**
 * What an EHR launch's opaque {@code launch} value stands for, as {@code GET /ehr/launch-contexts/{launch}} on the
 * medical system answers it.
 *
 * @param patientId the medical system's Patient id
 * @param patientIin the patient's IIN (system {@link MedicalSystemFhir#IIN_SYSTEM}), to find the hub's person
 * @param practitionerId the medical system's Practitioner id of the launching user
 * @param organizationId the medical organisation's identifier (e.g. {@code org-clinic-5})
 */
public record EhrLaunchContext(
        String launch,
        String patientId,
        String patientIin,
        String practitionerId,
        String organizationId,
        String fhirBase,
        Instant expiresAt) {}
