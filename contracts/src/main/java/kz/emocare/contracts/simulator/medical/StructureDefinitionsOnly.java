package kz.emocare.contracts.simulator.medical;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.StructureDefinition;

/**
 * Serves only the R4 StructureDefinitions the medical system's validation needs: every data type, and the resources
 * it receives or answers with. HAPI's full set of definitions, code systems and value sets needs several hundred
 * megabytes of heap, more than the simulators may use; with this subset the validator still checks structure,
 * cardinality, types and invariants, but not terminology bindings.
 */
final class StructureDefinitionsOnly implements IValidationSupport {

    private static final Set<String> RESOURCES = Set.of(
            "Resource",
            "DomainResource",
            "Bundle",
            "Observation",
            "QuestionnaireResponse",
            "Consent",
            "Patient",
            "OperationOutcome",
            "Organization",
            "Practitioner",
            "CapabilityStatement");

    private final FhirContext context;
    private final Map<String, StructureDefinition> byUrl = new LinkedHashMap<>();

    StructureDefinitionsOnly(FhirContext context) {
        this.context = context;
        DefaultProfileValidationSupport builtIn = new DefaultProfileValidationSupport(context);
        List<IBaseResource> all = builtIn.fetchAllStructureDefinitions();
        for (IBaseResource resource : all) {
            StructureDefinition definition = (StructureDefinition) resource;
            if (needed(definition)) {
                byUrl.put(definition.getUrl(), definition);
            }
        }
        // HAPI caches the built-in definitions for the whole JVM; keep only the subset.
        builtIn.flush();
    }

    @Override
    public FhirContext getFhirContext() {
        return context;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends IBaseResource> List<T> fetchAllStructureDefinitions() {
        return (List<T>) new ArrayList<>(byUrl.values());
    }

    @Override
    public IBaseResource fetchStructureDefinition(String url) {
        return byUrl.get(url);
    }

    @Override
    public String getName() {
        return "emocare-structure-definitions";
    }

    private static boolean needed(StructureDefinition definition) {
        boolean resource = definition.getKind() == StructureDefinition.StructureDefinitionKind.RESOURCE;
        boolean logical = definition.getKind() == StructureDefinition.StructureDefinitionKind.LOGICAL;
        boolean core = definition.getUrl().startsWith("http://hl7.org/fhir/StructureDefinition/");
        return core && !logical && (!resource || RESOURCES.contains(definition.getType()));
    }
}
