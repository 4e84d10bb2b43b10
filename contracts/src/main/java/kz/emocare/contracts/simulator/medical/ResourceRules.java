package kz.emocare.contracts.simulator.medical;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The resource types the medical system accepts from Emocare, and where each keeps its business identifiers and its
 * patient reference.
 */
final class ResourceRules {

    private static final Map<String, Rule> RULES = Map.of(
            "Observation",
            new Rule(
                    resource -> ((Observation) resource).getIdentifier(),
                    resource -> ((Observation) resource).getSubject()),
            "QuestionnaireResponse",
            new Rule(
                    resource -> {
                        Identifier identifier = ((QuestionnaireResponse) resource).getIdentifier();
                        return identifier.hasValue() ? List.of(identifier) : List.of();
                    },
                    resource -> ((QuestionnaireResponse) resource).getSubject()),
            "Consent",
            new Rule(resource -> ((Consent) resource).getIdentifier(), resource -> ((Consent) resource).getPatient()));

    private ResourceRules() {}

    static boolean accepted(String type) {
        return RULES.containsKey(type);
    }

    static java.util.Set<String> acceptedTypes() {
        return RULES.keySet();
    }

    static List<Identifier> identifiers(Resource resource) {
        return RULES.get(resource.fhirType()).identifiers().apply(resource).stream()
                .filter(identifier -> identifier.hasSystem() && identifier.hasValue())
                .toList();
    }

    static Reference patient(Resource resource) {
        return RULES.get(resource.fhirType()).patient().apply(resource);
    }

    private record Rule(Function<Resource, List<Identifier>> identifiers, Function<Resource, Reference> patient) {}
}
