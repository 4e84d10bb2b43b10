package kz.emocare.contracts.simulator.http;

/**
 * How one external system writes an error: a JSON error object, an RFC 9457 problem, a FHIR OperationOutcome or a
 * SOAP fault. Unknown routes, refused input and injected server errors all go through it, so a client always sees
 * the system's own error format.
 */
public interface ProtocolErrors {

    /** An error answer with an HTTP status, a machine-readable code and a human-readable description. */
    SimulatorResponse error(int status, String code, String description);
}
