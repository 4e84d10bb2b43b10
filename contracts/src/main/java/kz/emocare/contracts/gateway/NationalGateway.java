package kz.emocare.contracts.gateway;

/**
 * Names of the national gateway's contract (SHEP-style synchronous channel). The WSDL is {@value #WSDL_RESOURCE} on
 * the classpath; the JAX-WS interface {@code kz.emocare.contracts.gateway.service.ISyncChannel} and the JAXB types in
 * {@code ...gateway.types} (envelope) and {@code ...gateway.data} (payloads) are generated from it by CXF.
 */
public final class NationalGateway {

    public static final String WSDL_RESOURCE = "contracts/national-gateway/SyncChannel.wsdl";
    public static final String TYPES_XSD_RESOURCE = "contracts/national-gateway/SyncChannelTypes.xsd";
    public static final String DATA_XSD_RESOURCE = "contracts/national-gateway/EmocareGatewayData.xsd";

    public static final String TYPES_NAMESPACE = "http://bip.bee.kz/SyncChannel/v10/Types";
    public static final String DATA_NAMESPACE = "http://emocare.kz/gateway/v1/Data";

    /** Path of the SOAP endpoint on the gateway's port. */
    public static final String ENDPOINT_PATH = "/bip-sync-wss-gost/";

    /** SOAPAction of SendMessage. */
    public static final String SOAP_ACTION = "urn:SendMessage";

    /** Person look-up in the national person registry: PersonLookupRequest → PersonLookupResult. */
    public static final String SERVICE_PERSON_LOOKUP = "GBDFL_PERSON_LOOKUP";

    /** Aggregate report submission: AggregateReportSubmission → ReportReceipt. */
    public static final String SERVICE_AGGREGATE_REPORT = "EMOCARE_AGGREGATE_REPORT";

    /** Status code of a successful answer. */
    public static final String STATUS_SUCCESS = "SCSS001";

    /** The sender the simulator accepts by default (configure the hub with the same). */
    public static final String DEMO_SENDER_ID = "emocare-hub";

    public static final String DEMO_SENDER_PASSWORD = "emocare-shep-password";

    private NationalGateway() {}

    /** {@code errorCode} values of a SendMessageFault. */
    public static final class ErrorCodes {

        /** Sender unknown or wrong password. */
        public static final String SENDER_AUTHENTICATION = "E_SENDER_AUTH";

        /** serviceId unknown, or the payload does not belong to it. */
        public static final String UNKNOWN_SERVICE = "E_UNKNOWN_SERVICE";

        /** Not a SOAP message, or the message breaks the XSD. */
        public static final String INVALID_MESSAGE = "E_INVALID_MESSAGE";

        /** The IIN fails the check-digit rule. */
        public static final String INVALID_IIN = "E_INVALID_IIN";

        /** The report is inconsistent (period, suppressed cells with values, ...). */
        public static final String INVALID_REPORT = "E_INVALID_REPORT";

        /** A report id reused for different content. */
        public static final String REPORT_CONFLICT = "E_REPORT_CONFLICT";

        /** The gateway or the service behind it is temporarily unavailable (retry later). */
        public static final String SERVICE_UNAVAILABLE = "E_SERVICE_UNAVAILABLE";

        private ErrorCodes() {}
    }
}
