package kz.emocare.contracts.simulator.fault;

/** The fault drawn for one request and the delay to add before answering. */
public record FaultDecision(FaultKind kind, long delayMillis) {

    public static final FaultDecision NONE = new FaultDecision(FaultKind.NONE, 0);
}
