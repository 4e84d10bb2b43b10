package kz.emocare.contracts.simulator.medical;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import kz.emocare.contracts.demo.DemoDirectory;
import kz.emocare.contracts.medical.EhrLaunchContext;
import kz.emocare.contracts.medical.MedicalSystemFhir;
import kz.emocare.contracts.simulator.HttpTestClient;
import kz.emocare.contracts.simulator.SimulatorOptions;
import kz.emocare.contracts.simulator.SimulatorOptions.SystemPort;
import kz.emocare.contracts.simulator.Simulators;
import kz.emocare.contracts.simulator.http.Json;
import kz.emocare.contracts.simulator.population.PopulationSettings;
import kz.emocare.contracts.testing.ContractGuard;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The medical system simulator with HAPI's instance validator switched on, as in the demo: patients by IIN,
 * atomic and idempotent transactions, validation errors as OperationOutcome, and the EHR launch.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MedicalContractTest {

    private static final String FHIR_JSON = "application/fhir+json";

    private final FhirContext fhir = FhirContext.forR4Cached();
    private final ContractGuard guard = new ContractGuard(true);
    private final HttpTestClient http = new HttpTestClient();
    private Simulators simulators;
    private String base;

    @BeforeAll
    void startSimulators() {
        SimulatorOptions options = SimulatorOptions.defaults()
                .withFreePorts()
                .withPopulation(PopulationSettings.DEMO.withPupils(200))
                .withMedical(new SimulatorOptions.MedicalOptions(
                        true, "http://localhost:8080/clinician/launch", MedicalSystemFhir.DEFAULT_HUB_FHIR_BASE));
        simulators = Simulators.start(options, java.time.Clock.systemUTC(), guard.extensions());
        base = simulators.baseUrl(SystemPort.MEDICAL);
        // Build HAPI's validator (about half a minute) before the first request rather than during it.
        FhirSupport.shared(true).validationErrors(new Observation());
    }

    @AfterAll
    void stop() {
        simulators.close();
        guard.assertNoViolations();
    }

    @Test
    void patientIsFoundByIinAndNotByAnotherSystem() {
        Bundle found = read(
                http.get(base + "/fhir/Patient?identifier=" + MedicalSystemFhir.IIN_SYSTEM + "%7C"
                        + DemoDirectory.STUDENT.iin()),
                Bundle.class);
        assertThat(found.getTotal()).isEqualTo(1);
        Patient patient = (Patient) found.getEntryFirstRep().getResource();
        assertThat(patient.getNameFirstRep().getGivenAsSingleString()).startsWith("Аружан");
        assertThat(patient.getManagingOrganization().getReference())
                .isEqualTo("Organization/" + DemoDirectory.CLINIC.externalId());

        Bundle otherSystem = read(
                http.get(base + "/fhir/Patient?identifier=urn:other%7C" + DemoDirectory.STUDENT.iin()), Bundle.class);
        assertThat(otherSystem.getTotal()).isZero();
        assertThat(http.get(base + "/fhir/Organization/" + DemoDirectory.CLINIC.externalId())
                        .body())
                .contains(DemoDirectory.CLINIC.name());
    }

    @Test
    void transactionIsIdempotentOnBundleAndResourceIdentifiers() {
        Bundle bundle = transaction("bundle-1", observation("obs-a", 7), questionnaireResponse("qr-a", 12));
        Bundle first = post(bundle);
        assertThat(first.getEntry())
                .extracting(entry -> entry.getResponse().getStatus())
                .containsExactly("201 Created", "201 Created");

        Bundle retried = post(bundle);
        assertThat(fhir.newJsonParser().encodeResourceToString(retried))
                .isEqualTo(fhir.newJsonParser().encodeResourceToString(first));

        Bundle overlapping = post(transaction("bundle-2", observation("obs-a", 7), observation("obs-b", 4)));
        assertThat(overlapping.getEntry())
                .extracting(entry -> entry.getResponse().getStatus())
                .containsExactly("200 OK", "201 Created");
        assertThat(overlapping.getEntryFirstRep().getResponse().getLocation())
                .isEqualTo(first.getEntryFirstRep().getResponse().getLocation());

        Bundle mine = read(http.get(base + "/fhir/Observation?patient=pt-p0"), Bundle.class);
        assertThat(mine.getTotal()).isEqualTo(2);
    }

    @Test
    void invalidEntryRejectsTheWholeTransactionWithAnOperationOutcome() {
        Observation withoutStatus = observation("obs-invalid", 5);
        withoutStatus.setStatus(null);
        guard.expectRequestViolations(() -> {
            HttpResponse<String> answer = postRaw(transaction("bundle-3", observation("obs-c", 3), withoutStatus));
            assertThat(answer.statusCode()).isEqualTo(422);
            OperationOutcome outcome = fhir.newJsonParser().parseResource(OperationOutcome.class, answer.body());
            assertThat(outcome.getIssueFirstRep().getDiagnostics()).contains("Observation.status");
        });
        assertThat(read(http.get(base + "/fhir/Observation?identifier=x"), Bundle.class)
                        .getEntry())
                .noneMatch(
                        entry -> entry.getResource().getIdElement().getIdPart().contains("obs-c"));
        assertThat(http.get(base + "/__received").body()).doesNotContain("obs-c");
    }

    @Test
    void unknownPatientIsRefused() {
        Observation stranger = observation("obs-stranger", 5);
        stranger.setSubject(new Reference("Patient?identifier=" + MedicalSystemFhir.IIN_SYSTEM + "|900101300016"));
        HttpResponse<String> answer = postRaw(transaction("bundle-4", stranger));
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("unknown here");
    }

    @Test
    void consentIsStoredAndUpdatedByIdentifier() {
        Consent consent = consent(Consent.ConsentState.ACTIVE);
        Bundle created = post(transaction("bundle-5", consent));
        assertThat(created.getEntryFirstRep().getResponse().getStatus()).isEqualTo("201 Created");

        Bundle revoked = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        revoked.addEntry()
                .setFullUrl("urn:uuid:" + java.util.UUID.randomUUID())
                .setResource(consent(Consent.ConsentState.INACTIVE))
                .getRequest()
                .setMethod(Bundle.HTTPVerb.PUT)
                .setUrl("Consent?identifier=" + MedicalSystemFhir.CONSENT_IDENTIFIER_SYSTEM + "|consent-1");
        Bundle updated = post(revoked);
        assertThat(updated.getEntryFirstRep().getResponse().getStatus()).isEqualTo("200 OK");
        Consent stored = read(
                http.get(base + "/fhir/"
                        + updated.getEntryFirstRep().getResponse().getLocation().replace("/_history/1", "")),
                Consent.class);
        assertThat(stored.getStatus()).isEqualTo(Consent.ConsentState.INACTIVE);
    }

    @Test
    void patientPageLaunchesEmocareWithAResolvableLaunchContext() {
        HttpResponse<String> page = http.get(base + "/ehr/patients/pt-p0");
        assertThat(page.body()).contains("Launch Emocare").contains("lang=\"kk\"");
        String link = page.body()
                .replaceAll("(?s).*id=\"launch-emocare\" href=\"([^\"]+)\".*", "$1")
                .replace("&amp;", "&");
        URI launch = URI.create(link);
        assertThat(launch.getPath()).isEqualTo("/clinician/launch");
        assertThat(launch.getQuery()).contains("iss=" + MedicalSystemFhir.DEFAULT_HUB_FHIR_BASE);
        String launchId = launch.getQuery().replaceAll(".*launch=([^&]+).*", "$1");

        EhrLaunchContext context =
                readJson(http.get(base + "/ehr/launch-contexts/" + launchId), EhrLaunchContext.class);
        assertThat(context.patientId()).isEqualTo("pt-p0");
        assertThat(context.patientIin()).isEqualTo(DemoDirectory.STUDENT.iin());
        assertThat(context.organizationId()).isEqualTo(DemoDirectory.CLINIC.externalId());
        assertThat(context.expiresAt()).isAfter(java.time.Instant.now().plus(Duration.ofMinutes(50)));
        assertThat(http.get(base + "/ehr/launch-contexts/unknown").statusCode()).isEqualTo(404);
    }

    private Observation observation(String identifier, int mood) {
        Observation observation = new Observation();
        observation
                .addIdentifier()
                .setSystem(MedicalSystemFhir.OBSERVATION_IDENTIFIER_SYSTEM)
                .setValue(identifier);
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.addCategory(new CodeableConcept(
                new Coding("http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey")));
        observation.setCode(new CodeableConcept(new Coding(
                MedicalSystemFhir.EMOCARE_OBSERVATION_CODE_SYSTEM,
                MedicalSystemFhir.MOOD_CODE,
                "Self-rated mood 0-10")));
        observation.setSubject(new Reference("Patient/pt-p0"));
        observation.setEffective(new DateTimeType("2026-12-01T10:00:00Z"));
        observation.setValue(new IntegerType(mood));
        return observation;
    }

    private QuestionnaireResponse questionnaireResponse(String identifier, int total) {
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.getIdentifier()
                .setSystem(MedicalSystemFhir.QUESTIONNAIRE_RESPONSE_IDENTIFIER_SYSTEM)
                .setValue(identifier);
        response.setQuestionnaire("http://loinc.org/q/44249-1");
        response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        response.setSubject(new Reference(
                "Patient?identifier=" + MedicalSystemFhir.IIN_SYSTEM + "|" + DemoDirectory.STUDENT.iin()));
        response.setAuthoredElement(new DateTimeType("2026-12-01T10:05:00Z"));
        response.addItem()
                .setLinkId("44261-6")
                .setText("PHQ-9 total score")
                .addAnswer()
                .setValue(new IntegerType(total));
        return response;
    }

    private Consent consent(Consent.ConsentState state) {
        Consent consent = new Consent();
        consent.addIdentifier()
                .setSystem(MedicalSystemFhir.CONSENT_IDENTIFIER_SYSTEM)
                .setValue("consent-1");
        consent.setStatus(state);
        consent.setScope(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/consentscope", "patient-privacy", "Privacy Consent")));
        consent.addCategory(new CodeableConcept(new Coding("http://loinc.org", "59284-0", "Patient Consent")));
        consent.setPatient(new Reference("Patient/pt-p0"));
        consent.addPolicy().setUri("http://emocare.kz/policy/treatment-sharing");
        consent.getProvision()
                .setType(Consent.ConsentProvisionType.PERMIT)
                .addActor()
                .setRole(new CodeableConcept(new Coding(
                        "http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "IRCP", "information recipient")))
                .setReference(new Reference("Organization/" + DemoDirectory.CLINIC.externalId()));
        return consent;
    }

    private Bundle transaction(String identifier, Resource... resources) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        bundle.getIdentifier()
                .setSystem(MedicalSystemFhir.BUNDLE_IDENTIFIER_SYSTEM)
                .setValue(identifier);
        for (Resource resource : resources) {
            bundle.addEntry()
                    .setFullUrl("urn:uuid:" + java.util.UUID.randomUUID())
                    .setResource(resource)
                    .getRequest()
                    .setMethod(Bundle.HTTPVerb.POST)
                    .setUrl(resource.fhirType());
        }
        return bundle;
    }

    private Bundle post(Bundle bundle) {
        HttpResponse<String> answer = postRaw(bundle);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return fhir.newJsonParser().parseResource(Bundle.class, answer.body());
    }

    private HttpResponse<String> postRaw(Bundle bundle) {
        return http.post(base + "/fhir", FHIR_JSON, fhir.newJsonParser().encodeResourceToString(bundle));
    }

    private <T extends org.hl7.fhir.instance.model.api.IBaseResource> T read(
            HttpResponse<String> answer, Class<T> type) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return fhir.newJsonParser().parseResource(type, answer.body());
    }

    private static <T> T readJson(HttpResponse<String> answer, Class<T> type) {
        try {
            return Json.mapper().readValue(answer.body(), type);
        } catch (java.io.IOException e) {
            throw new AssertionError(answer.body(), e);
        }
    }
}
