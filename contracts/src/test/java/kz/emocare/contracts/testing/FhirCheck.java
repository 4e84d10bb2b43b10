package kz.emocare.contracts.testing;

import java.util.List;
import kz.emocare.contracts.simulator.medical.FhirSupport;

/**
 * Checks FHIR exchanges: every resource a client posts, and every FHIR answer, must parse strictly as R4 and pass
 * HAPI's instance validator (bundles with their entries). The EHR pages are not
 * FHIR and pass.
 */
final class FhirCheck implements ContractCheck {

    private final FhirSupport fhir;

    FhirCheck(FhirSupport fhir) {
        this.fhir = fhir;
    }

    @Override
    public List<String> requestProblems(Exchange exchange) {
        if (!exchange.path().startsWith("/fhir") || !"POST".equals(exchange.method())) {
            return List.of();
        }
        return problems(exchange.requestBody());
    }

    @Override
    public List<String> responseProblems(Exchange exchange) {
        String contentType = exchange.responseHeader("Content-Type");
        if (contentType == null || !contentType.startsWith("application/fhir+json")) {
            return exchange.path().startsWith("/fhir")
                    ? List.of("a FHIR answer must be application/fhir+json")
                    : List.of();
        }
        return problems(exchange.responseBody());
    }

    private List<String> problems(byte[] body) {
        try {
            return fhir.validationErrors(fhir.parseAny(body));
        } catch (RuntimeException e) {
            return List.of(e.getMessage());
        }
    }
}
