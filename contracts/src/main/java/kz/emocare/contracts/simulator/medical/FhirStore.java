package kz.emocare.contracts.simulator.medical;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Resource;

/**
 * What the medical system has received: resources by type and id, an index of their business identifiers (so a
 * retried push is recognised) and the answers to identified transaction bundles (so a retried bundle gets the same
 * answer). In memory, capped so that a runaway test cannot exhaust the heap.
 */
final class FhirStore {

    static final int CAPACITY = 100_000;

    private final Map<String, Resource> resources = new LinkedHashMap<>();
    private final Map<String, String> idsByIdentifier = new HashMap<>();
    private final Map<String, Bundle> answersByBundleIdentifier = new HashMap<>();
    private final AtomicLong nextId = new AtomicLong(1);

    synchronized Optional<Bundle> answerTo(String bundleIdentifier) {
        return Optional.ofNullable(answersByBundleIdentifier.get(bundleIdentifier));
    }

    synchronized void rememberAnswer(String bundleIdentifier, Bundle answer) {
        answersByBundleIdentifier.put(bundleIdentifier, answer);
    }

    /** The id of a stored resource of this type carrying one of these identifiers. */
    synchronized Optional<String> idByIdentifier(String type, List<Identifier> identifiers) {
        for (Identifier identifier : identifiers) {
            String id = idsByIdentifier.get(key(type, identifier));
            if (id != null) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /** Stores a new resource and returns its id. */
    synchronized String create(Resource resource, List<Identifier> identifiers) {
        if (resources.size() >= CAPACITY) {
            throw new FhirInputException(
                    507, "too-costly", "the simulator's store is full; restart or DELETE /__received");
        }
        String id =
                resource.fhirType().toLowerCase(java.util.Locale.ROOT).substring(0, 3) + "-" + nextId.getAndIncrement();
        resource.setId(id);
        resources.put(resource.fhirType() + "/" + id, resource);
        identifiers.forEach(identifier -> idsByIdentifier.put(key(resource.fhirType(), identifier), id));
        return id;
    }

    /** Replaces a stored resource (conditional update). */
    synchronized void replace(String id, Resource resource) {
        resource.setId(id);
        resources.put(resource.fhirType() + "/" + id, resource);
    }

    synchronized Optional<Resource> read(String type, String id) {
        return Optional.ofNullable(resources.get(type + "/" + id));
    }

    /** Stored resources of a type, optionally only those about one patient. */
    synchronized List<Resource> search(String type, PatientReference patient) {
        List<Resource> found = new ArrayList<>();
        for (Resource resource : resources.values()) {
            if (resource.fhirType().equals(type) && (patient == null || patient.matches(resource))) {
                found.add(resource);
            }
        }
        return found;
    }

    synchronized Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        resources.values().forEach(resource -> counts.merge(resource.fhirType(), 1, Integer::sum));
        return counts;
    }

    synchronized void clear() {
        resources.clear();
        idsByIdentifier.clear();
        answersByBundleIdentifier.clear();
    }

    static String key(String type, Identifier identifier) {
        return type + "|" + identifier.getSystem() + "|" + identifier.getValue();
    }

    /** Matches resources by the patient they are about. */
    interface PatientReference {
        boolean matches(Resource resource);
    }
}
