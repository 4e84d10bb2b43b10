package kz.emocare.contracts.simulator.medical;

import java.util.List;
import kz.emocare.contracts.simulator.http.ProtocolErrors;
import kz.emocare.contracts.simulator.http.SimulatorResponse;
import org.hl7.fhir.r4.model.OperationOutcome;

/** FHIR errors: an OperationOutcome with one issue per problem. */
final class MedicalErrors implements ProtocolErrors {

    private final FhirSupport fhir;

    MedicalErrors(FhirSupport fhir) {
        this.fhir = fhir;
    }

    @Override
    public SimulatorResponse error(int status, String code, String description) {
        String issueCode = switch (code) {
            case "not_found" -> "not-found";
            case "rate_limited" -> "throttled";
            case "server_error" -> "transient";
            case "method_not_allowed" -> "not-supported";
            default -> "invalid";
        };
        return outcome(status, issueCode, List.of(description));
    }

    SimulatorResponse outcome(int status, String issueCode, List<String> issues) {
        OperationOutcome outcome = new OperationOutcome();
        for (String issue : issues) {
            outcome.addIssue()
                    .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                    .setCode(OperationOutcome.IssueType.fromCode(issueCode))
                    .setDiagnostics(issue);
        }
        return SimulatorResponse.withBody(status, SimulatorResponse.FHIR_JSON, fhir.write(outcome));
    }
}
