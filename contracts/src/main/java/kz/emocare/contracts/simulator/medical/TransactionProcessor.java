package kz.emocare.contracts.simulator.medical;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import kz.emocare.contracts.medical.MedicalSystemFhir;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Processes transaction bundles atomically (FHIR R4 §3.1.0.11.2): every entry is checked and validated first, and
 * only then is anything stored. Idempotent twice over: a bundle whose {@code Bundle.identifier} was seen gets the
 * first answer again, and an entry whose resource identifier is known is answered {@code 200 OK} with the stored
 * resource instead of creating a duplicate. Entries are {@code POST <type>} or conditional {@code PUT
 * <type>?identifier=system|value}.
 */
final class TransactionProcessor {

    private final FhirSupport fhir;
    private final FhirStore store;
    private final PatientDirectory patients;
    private final Clock clock;

    TransactionProcessor(FhirSupport fhir, FhirStore store, PatientDirectory patients, Clock clock) {
        this.fhir = fhir;
        this.store = store;
        this.patients = patients;
        this.clock = clock;
    }

    Bundle process(Bundle bundle) {
        if (bundle.getType() != Bundle.BundleType.TRANSACTION) {
            throw new FhirInputException(400, "invalid", "only transaction bundles are accepted");
        }
        Optional<String> bundleKey =
                bundle.hasIdentifier() && bundle.getIdentifier().hasValue()
                        ? Optional.of(FhirStore.key("Bundle", bundle.getIdentifier()))
                        : Optional.empty();
        synchronized (store) {
            Optional<Bundle> earlier = bundleKey.flatMap(store::answerTo);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            List<PlannedEntry> planned = new ArrayList<>();
            for (int index = 0; index < bundle.getEntry().size(); index++) {
                planned.add(plan(bundle.getEntry().get(index), index));
            }
            Bundle answer = commit(planned);
            bundleKey.ifPresent(key -> store.rememberAnswer(key, answer));
            return answer;
        }
    }

    /** Checks and stores one resource outside a bundle ({@code POST /fhir/<type>}). */
    Bundle.BundleEntryResponseComponent create(Resource resource) {
        synchronized (store) {
            PlannedEntry entry = check(resource, HTTPVerb.POST, "entry");
            return commit(List.of(entry)).getEntryFirstRep().getResponse();
        }
    }

    private PlannedEntry plan(BundleEntryComponent entry, int index) {
        String where = "Bundle.entry[" + index + "]";
        if (!entry.hasResource() || !entry.hasRequest()) {
            throw new FhirInputException(400, "required", where + " needs a resource and a request");
        }
        Resource resource = entry.getResource();
        HTTPVerb method = entry.getRequest().getMethod();
        String url = entry.getRequest().getUrl();
        boolean post = method == HTTPVerb.POST && resource.fhirType().equals(url);
        boolean conditionalPut =
                method == HTTPVerb.PUT && url != null && url.startsWith(resource.fhirType() + "?identifier=");
        if (!post && !conditionalPut) {
            throw new FhirInputException(
                    400, "not-supported", where + ": only POST <type> or PUT <type>?identifier=... is supported");
        }
        return check(resource, method, where);
    }

    private PlannedEntry check(Resource resource, HTTPVerb method, String where) {
        if (!ResourceRules.accepted(resource.fhirType())) {
            throw new FhirInputException(
                    400, "not-supported", where + ": " + resource.fhirType() + " is not accepted here");
        }
        List<Identifier> identifiers = ResourceRules.identifiers(resource);
        if (identifiers.isEmpty()) {
            throw new FhirInputException(
                    422, "required", where + ": an identifier (system and value) is required for idempotency");
        }
        resolvePatient(ResourceRules.patient(resource), where);
        List<String> errors = fhir.validationErrors(resource);
        if (!errors.isEmpty()) {
            throw new FhirInputException(
                    422,
                    "invalid",
                    errors.stream().map(error -> where + ": " + error).toList());
        }
        return new PlannedEntry(resource, identifiers, method);
    }

    private void resolvePatient(Reference reference, String where) {
        String value = reference == null ? null : reference.getReference();
        if (value == null) {
            throw new FhirInputException(422, "required", where + ": the patient reference is missing");
        }
        Optional<Patient> patient = Optional.empty();
        if (value.startsWith("Patient/")) {
            patient = patients.byId(value.substring("Patient/".length()));
        } else if (value.startsWith("Patient?identifier=" + MedicalSystemFhir.IIN_SYSTEM + "|")) {
            patient = patients.byIin(value.substring(value.indexOf('|') + 1));
        }
        if (patient.isEmpty()) {
            throw new FhirInputException(422, "not-found", where + ": the patient " + value + " is unknown here");
        }
        reference.setReference("Patient/" + patient.get().getIdPart());
    }

    private Bundle commit(List<PlannedEntry> planned) {
        Bundle answer = new Bundle().setType(Bundle.BundleType.TRANSACTIONRESPONSE);
        answer.setTimestamp(Date.from(clock.instant()));
        for (PlannedEntry entry : planned) {
            String type = entry.resource().fhirType();
            Optional<String> existing = store.idByIdentifier(type, entry.identifiers());
            String status;
            String id;
            if (existing.isEmpty()) {
                id = store.create(entry.resource(), entry.identifiers());
                status = "201 Created";
            } else if (entry.method() == HTTPVerb.PUT) {
                id = existing.get();
                store.replace(id, entry.resource());
                status = "200 OK";
            } else {
                id = existing.get();
                status = "200 OK";
            }
            answer.addEntry()
                    .getResponse()
                    .setStatus(status)
                    .setLocation(type + "/" + id + "/_history/1")
                    .setEtag("W/\"1\"")
                    .setLastModified(Date.from(clock.instant()));
        }
        return answer;
    }

    private record PlannedEntry(Resource resource, List<Identifier> identifiers, HTTPVerb method) {}
}
