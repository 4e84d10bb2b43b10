package kz.emocare.contracts.simulator.medical;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import kz.emocare.contracts.medical.MedicalSystemFhir;
import kz.emocare.contracts.simulator.SimulatedSystem;
import kz.emocare.contracts.simulator.http.BadRequestException;
import kz.emocare.contracts.simulator.http.Endpoint;
import kz.emocare.contracts.simulator.http.ProtocolErrors;
import kz.emocare.contracts.simulator.http.Router;
import kz.emocare.contracts.simulator.http.SimulatorRequest;
import kz.emocare.contracts.simulator.http.SimulatorResponse;
import kz.emocare.contracts.simulator.population.Population;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Resource;

/**
 * The simulated medical system: a FHIR R4 face under {@value MedicalSystemFhir#BASE_PATH} (patients by IIN,
 * transaction bundles, reads and searches of what was received) and the EHR pages with the SMART launch. Control:
 * {@code GET /__received} counts received resources by type, {@code DELETE /__received} forgets them.
 */
public final class MedicalSimulator implements SimulatedSystem {

    private static final String BASE = MedicalSystemFhir.BASE_PATH;

    private final FhirSupport fhir;
    private final FhirStore store = new FhirStore();
    private final PatientDirectory patients;
    private final TransactionProcessor transactions;
    private final EhrPages pages;
    private final MedicalErrors errors;
    private final Supplier<String> baseUrl;
    private final Clock clock;

    public MedicalSimulator(
            Population population,
            FhirSupport fhir,
            Clock clock,
            Supplier<String> baseUrl,
            String launchUrl,
            String hubFhirBase) {
        this.fhir = fhir;
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.patients = new PatientDirectory(population);
        this.transactions = new TransactionProcessor(fhir, store, patients, clock);
        this.pages = new EhrPages(population, patients, clock, launchUrl, hubFhirBase);
        this.errors = new MedicalErrors(fhir);
    }

    @Override
    public String name() {
        return "medical-system";
    }

    @Override
    public Router routes() {
        return new Router()
                .add("GET", BASE + "/metadata", fhirEndpoint(request -> resource(200, capabilities())))
                .add("GET", BASE + "/Patient", fhirEndpoint(this::searchPatients))
                .add(
                        "GET",
                        BASE + "/Patient/{id}",
                        fhirEndpoint(request -> read(patients.byId(request.pathVariable("id")))))
                .add(
                        "GET",
                        BASE + "/Organization/{id}",
                        fhirEndpoint(request -> read(patients.organization(request.pathVariable("id")))))
                .add(
                        "GET",
                        BASE + "/Practitioner/{id}",
                        fhirEndpoint(request -> read(patients.practitioner(request.pathVariable("id")))))
                .add("POST", BASE, fhirEndpoint(this::transaction))
                .add("POST", BASE + "/", fhirEndpoint(this::transaction))
                .add("POST", BASE + "/{type}", fhirEndpoint(this::create))
                .add("GET", BASE + "/{type}", fhirEndpoint(this::searchReceived))
                .add("GET", BASE + "/{type}/{id}", fhirEndpoint(this::readReceived))
                .add("GET", "/ehr/patients", pages::patientList)
                .add("GET", MedicalSystemFhir.EHR_PATIENT_PAGE_PATH, pages::patientPage)
                .add("GET", MedicalSystemFhir.EHR_LAUNCH_CONTEXT_PATH, pages::launchContext);
    }

    @Override
    public Router controlRoutes() {
        return new Router()
                .add("GET", "/__received", request -> SimulatorResponse.json(200, store.counts()))
                .add("DELETE", "/__received", request -> {
                    store.clear();
                    return SimulatorResponse.empty(204);
                });
    }

    @Override
    public ProtocolErrors errors() {
        return errors;
    }

    private SimulatorResponse searchPatients(SimulatorRequest request) {
        String identifier = request.queryParameter("identifier")
                .orElseThrow(
                        () -> new FhirInputException(400, "required", "search Patient by identifier=system|value"));
        int bar = identifier.indexOf('|');
        String system = bar < 0 ? null : identifier.substring(0, bar);
        String value = bar < 0 ? identifier : identifier.substring(bar + 1);
        boolean knownSystem = system == null || system.isEmpty() || MedicalSystemFhir.IIN_SYSTEM.equals(system);
        List<Resource> found = knownSystem
                ? patients.byIin(value)
                        .map(patient -> List.<Resource>of(patient))
                        .orElse(List.of())
                : List.of();
        return resource(200, searchSet(found));
    }

    private SimulatorResponse transaction(SimulatorRequest request) {
        Bundle bundle = fhir.parse(request.body(), Bundle.class);
        return resource(200, transactions.process(bundle));
    }

    private SimulatorResponse create(SimulatorRequest request) {
        String type = request.pathVariable("type");
        if (!ResourceRules.accepted(type)) {
            throw new FhirInputException(404, "not-supported", type + " cannot be created here");
        }
        Resource resource = (Resource) fhir.parse(
                request.body(), fhir.context().getResourceDefinition(type).getImplementingClass());
        Bundle.BundleEntryResponseComponent response = transactions.create(resource);
        String location = baseUrl.get() + BASE + "/" + response.getLocation();
        return resource(Integer.parseInt(response.getStatus().substring(0, 3)), resource)
                .withHeader("Location", location);
    }

    private SimulatorResponse searchReceived(SimulatorRequest request) {
        String type = request.pathVariable("type");
        if (!ResourceRules.accepted(type)) {
            throw new FhirInputException(404, "not-supported", "no search for " + type + " here");
        }
        Optional<String> patient = request.queryParameter("patient")
                .or(() -> request.queryParameter("subject"))
                .map(reference -> reference.startsWith("Patient/") ? reference : "Patient/" + reference);
        FhirStore.PatientReference filter = patient.<FhirStore.PatientReference>map(reference -> resource ->
                        reference.equals(ResourceRules.patient(resource).getReference()))
                .orElse(null);
        return resource(200, searchSet(store.search(type, filter)));
    }

    private SimulatorResponse readReceived(SimulatorRequest request) {
        String type = request.pathVariable("type");
        if (!ResourceRules.accepted(type)) {
            throw new FhirInputException(404, "not-supported", "no " + type + " here");
        }
        return read(store.read(type, request.pathVariable("id")));
    }

    private SimulatorResponse read(Optional<? extends IBaseResource> resource) {
        return resource.map(found -> resource(200, found))
                .orElseThrow(() -> new FhirInputException(404, "not-found", "no such resource"));
    }

    private Bundle searchSet(List<? extends Resource> resources) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        bundle.setTotal(resources.size());
        bundle.setTimestamp(Date.from(clock.instant()));
        for (Resource resource : resources) {
            bundle.addEntry()
                    .setFullUrl(baseUrl.get() + BASE + "/" + resource.fhirType() + "/"
                            + resource.getIdElement().getIdPart())
                    .setResource(resource)
                    .getSearch()
                    .setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }

    private CapabilityStatement capabilities() {
        CapabilityStatement statement = new CapabilityStatement();
        statement.setStatus(Enumerations.PublicationStatus.ACTIVE);
        statement.setDate(Date.from(clock.instant()));
        statement.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        statement.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        statement.addFormat("json");
        statement.getSoftware().setName("Emocare medical system simulator");
        CapabilityStatement.CapabilityStatementRestComponent rest =
                statement.addRest().setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.addInteraction().setCode(CapabilityStatement.SystemRestfulInteraction.TRANSACTION);
        rest.addResource()
                .setType("Patient")
                .addInteraction(new CapabilityStatement.ResourceInteractionComponent()
                        .setCode(CapabilityStatement.TypeRestfulInteraction.READ))
                .addSearchParam()
                .setName("identifier")
                .setType(Enumerations.SearchParamType.TOKEN);
        for (String type : ResourceRules.acceptedTypes()) {
            rest.addResource()
                    .setType(type)
                    .addInteraction(new CapabilityStatement.ResourceInteractionComponent()
                            .setCode(CapabilityStatement.TypeRestfulInteraction.CREATE))
                    .addInteraction(new CapabilityStatement.ResourceInteractionComponent()
                            .setCode(CapabilityStatement.TypeRestfulInteraction.READ));
        }
        return statement;
    }

    private SimulatorResponse resource(int status, IBaseResource resource) {
        return SimulatorResponse.withBody(status, SimulatorResponse.FHIR_JSON, fhir.write(resource));
    }

    private Endpoint fhirEndpoint(Endpoint endpoint) {
        return request -> {
            try {
                return endpoint.handle(request);
            } catch (FhirInputException e) {
                return errors.outcome(e.status(), e.issueCode(), e.issues());
            } catch (BadRequestException e) {
                return errors.error(e.status(), e.code(), e.getMessage());
            }
        };
    }

    /** What the store holds, by resource type (for tests). */
    public Map<String, Integer> receivedCounts() {
        return store.counts();
    }
}
