package kz.emocare.contracts.simulator.gateway;

/** A request the gateway answers with a SOAP fault carrying an ErrorInfo. */
final class SoapFaultException extends RuntimeException {

    private final boolean clientFault;
    private final String errorCode;

    SoapFaultException(boolean clientFault, String errorCode, String message) {
        super(message);
        this.clientFault = clientFault;
        this.errorCode = errorCode;
    }

    boolean clientFault() {
        return clientFault;
    }

    String errorCode() {
        return errorCode;
    }
}
