package kz.emocare.contracts.simulator.medical;

import java.util.List;

/** Input the medical system refuses; answered with an OperationOutcome listing the issues. */
final class FhirInputException extends RuntimeException {

    private final int status;
    private final String issueCode;
    private final List<String> issues;

    FhirInputException(int status, String issueCode, String message) {
        this(status, issueCode, List.of(message));
    }

    FhirInputException(int status, String issueCode, List<String> issues) {
        super(String.join("; ", issues));
        this.status = status;
        this.issueCode = issueCode;
        this.issues = List.copyOf(issues);
    }

    int status() {
        return status;
    }

    String issueCode() {
        return issueCode;
    }

    List<String> issues() {
        return issues;
    }
}
