package kz.emocare.contracts.medical;

/**
 * Names of the medical system's FHIR R4 contract (DAMUMED-style). The medical system finds patients by IIN, accepts
 * transaction bundles of Observation, QuestionnaireResponse and Consent, and launches SMART apps from its patient
 * page. The identifier systems here are shared with the hub's own FHIR face.
 */
public final class MedicalSystemFhir {

    /** FHIR base path on the medical system's port. */
    public static final String BASE_PATH = "/fhir";

    /** Identifier system of the Kazakh IIN ({@code Patient.identifier}). */
    public static final String IIN_SYSTEM = "http://emocare.kz/fhir/sid/iin";

    /** Identifier system of medical organisations (the demo clinic is {@code org-clinic-5}). */
    public static final String ORGANIZATION_SYSTEM = "http://emocare.kz/fhir/sid/medical-organization";

    /** Identifier systems the hub gives pushed resources and bundles, so a retried push is recognised. */
    public static final String OBSERVATION_IDENTIFIER_SYSTEM = "http://emocare.kz/fhir/sid/observation";

    public static final String QUESTIONNAIRE_RESPONSE_IDENTIFIER_SYSTEM =
            "http://emocare.kz/fhir/sid/questionnaire-response";
    public static final String CONSENT_IDENTIFIER_SYSTEM = "http://emocare.kz/fhir/sid/consent";
    public static final String BUNDLE_IDENTIFIER_SYSTEM = "http://emocare.kz/fhir/sid/bundle";

    /** Local code system of Emocare observations; the 0–10 self-rated mood has no LOINC code. */
    public static final String EMOCARE_OBSERVATION_CODE_SYSTEM = "http://emocare.kz/fhir/CodeSystem/observation";

    public static final String MOOD_CODE = "mood-self-rating";

    /** The medical system's patient page with the SMART "Launch Emocare" link. */
    public static final String EHR_PATIENT_PAGE_PATH = "/ehr/patients/{id}";

    /** Where the auth-server resolves a {@code launch} value to its context ({@link EhrLaunchContext}). */
    public static final String EHR_LAUNCH_CONTEXT_PATH = "/ehr/launch-contexts/{launch}";

    /** Default {@code iss} of the EHR launch: the hub's FHIR base. */
    public static final String DEFAULT_HUB_FHIR_BASE = "http://localhost:8080/fhir";

    /** Default SMART launch URL of the clinician app in the hub. */
    public static final String DEFAULT_LAUNCH_URL = "http://localhost:8080/clinician/launch";

    /** The EHR user who launches the app (the demo clinician as the medical system knows him). */
    public static final String DEMO_PRACTITIONER_ID = "pr-ehr-1";

    private MedicalSystemFhir() {}
}
