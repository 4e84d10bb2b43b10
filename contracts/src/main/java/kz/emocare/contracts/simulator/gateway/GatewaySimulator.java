package kz.emocare.contracts.simulator.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import kz.emocare.contracts.gateway.NationalGateway;
import kz.emocare.contracts.gateway.data.AggregateReportSubmission;
import kz.emocare.contracts.gateway.data.PersonLookupRequest;
import kz.emocare.contracts.gateway.types.ErrorInfo;
import kz.emocare.contracts.gateway.types.RequestPayload;
import kz.emocare.contracts.gateway.types.ResponseData;
import kz.emocare.contracts.gateway.types.ResponsePayload;
import kz.emocare.contracts.gateway.types.SendMessage;
import kz.emocare.contracts.gateway.types.SendMessageResponse;
import kz.emocare.contracts.gateway.types.SenderInfo;
import kz.emocare.contracts.gateway.types.StatusInfo;
import kz.emocare.contracts.gateway.types.SyncMessageInfo;
import kz.emocare.contracts.gateway.types.SyncMessageInfoResponse;
import kz.emocare.contracts.gateway.types.SyncSendMessageResponse;
import kz.emocare.contracts.simulator.SimulatedSystem;
import kz.emocare.contracts.simulator.http.ProtocolErrors;
import kz.emocare.contracts.simulator.http.Router;
import kz.emocare.contracts.simulator.http.SimulatorRequest;
import kz.emocare.contracts.simulator.http.SimulatorResponse;
import kz.emocare.contracts.simulator.population.Population;

/**
 * The simulated national gateway: SendMessage at {@value NationalGateway#ENDPOINT_PATH} (the WSDL at
 * {@code ?wsdl}), routing by {@code serviceId} to the person registry or the report inbox. Control: {@code GET
 * /__reports} lists received reports, {@code DELETE /__reports} forgets them.
 */
public final class GatewaySimulator implements SimulatedSystem {

    private final SoapCodec codec = new SoapCodec();
    private final Clock clock;
    private final String senderId;
    private final String senderPassword;
    private final ReportInbox reports;
    private final Map<String, Function<RequestPayload, ResponsePayload>> services;
    private final GatewayErrors errors;

    public GatewaySimulator(Population population, Clock clock, String senderId, String senderPassword) {
        this.clock = clock;
        this.senderId = senderId;
        this.senderPassword = senderPassword;
        this.reports = new ReportInbox(clock);
        this.errors = new GatewayErrors(codec, clock);
        PersonRegistry registry = new PersonRegistry(population);
        this.services = Map.of(
                NationalGateway.SERVICE_PERSON_LOOKUP,
                payload -> registry.lookup(
                        expect(payload, PersonLookupRequest.class).getIin()),
                NationalGateway.SERVICE_AGGREGATE_REPORT,
                payload -> reports.submit(expect(payload, AggregateReportSubmission.class)));
    }

    /** With the demo sender credentials. */
    public GatewaySimulator(Population population, Clock clock) {
        this(population, clock, NationalGateway.DEMO_SENDER_ID, NationalGateway.DEMO_SENDER_PASSWORD);
    }

    @Override
    public String name() {
        return "national-gateway";
    }

    @Override
    public Router routes() {
        return new Router()
                .add("POST", NationalGateway.ENDPOINT_PATH, this::sendMessage)
                .add("GET", NationalGateway.ENDPOINT_PATH, this::wsdl)
                .add("GET", NationalGateway.ENDPOINT_PATH + "{file}", this::schemaFile);
    }

    @Override
    public Router controlRoutes() {
        return new Router()
                .add("GET", "/__reports", request -> SimulatorResponse.json(200, reports.received()))
                .add("DELETE", "/__reports", request -> {
                    reports.clear();
                    return SimulatorResponse.empty(204);
                });
    }

    @Override
    public ProtocolErrors errors() {
        return errors;
    }

    private SimulatorResponse sendMessage(SimulatorRequest request) {
        String sessionId = null;
        try {
            SendMessage message = codec.readRequest(request.body());
            SyncMessageInfo info = message.getRequest().getRequestInfo();
            sessionId = info.getSessionId();
            authenticate(info.getSender());
            var service = services.get(info.getServiceId());
            if (service == null) {
                throw new SoapFaultException(
                        true, NationalGateway.ErrorCodes.UNKNOWN_SERVICE, "unknown serviceId " + info.getServiceId());
            }
            ResponsePayload answer =
                    service.apply(message.getRequest().getRequestData().getData());
            return SimulatorResponse.withBody(
                    200, SimulatorResponse.SOAP_XML, codec.writeResponse(response(info, answer)));
        } catch (SoapFaultException e) {
            return errors.fault(e.clientFault(), e.errorCode(), e.getMessage(), sessionId);
        }
    }

    private SimulatorResponse wsdl(SimulatorRequest request) {
        if (!request.query().containsKey("wsdl")) {
            return errors.error(404, "not_found", "add ?wsdl to read the service description");
        }
        return resource(NationalGateway.WSDL_RESOURCE);
    }

    private SimulatorResponse schemaFile(SimulatorRequest request) {
        String file = request.pathVariable("file");
        if (NationalGateway.TYPES_XSD_RESOURCE.endsWith("/" + file)) {
            return resource(NationalGateway.TYPES_XSD_RESOURCE);
        }
        if (NationalGateway.DATA_XSD_RESOURCE.endsWith("/" + file)) {
            return resource(NationalGateway.DATA_XSD_RESOURCE);
        }
        return errors.error(404, "not_found", "no such schema");
    }

    private void authenticate(SenderInfo sender) {
        if (!senderId.equals(sender.getSenderId()) || !senderPassword.equals(sender.getPassword())) {
            throw new SoapFaultException(
                    true, NationalGateway.ErrorCodes.SENDER_AUTHENTICATION, "sender unknown or password wrong");
        }
    }

    private SendMessageResponse response(SyncMessageInfo request, ResponsePayload answer) {
        SyncMessageInfoResponse info = new SyncMessageInfoResponse();
        info.setMessageId(UUID.randomUUID().toString());
        info.setCorrelationId(request.getCorrelationId() != null ? request.getCorrelationId() : request.getMessageId());
        info.setResponseDate(XmlDates.dateTime(clock.instant()));
        StatusInfo status = new StatusInfo();
        status.setCode(NationalGateway.STATUS_SUCCESS);
        status.setMessage("Success");
        info.setStatus(status);
        info.setSessionId(request.getSessionId());
        ResponseData data = new ResponseData();
        data.setData(answer);
        SyncSendMessageResponse body = new SyncSendMessageResponse();
        body.setResponseInfo(info);
        body.setResponseData(data);
        SendMessageResponse response = new SendMessageResponse();
        response.setResponse(body);
        return response;
    }

    private static <T extends RequestPayload> T expect(RequestPayload payload, Class<T> type) {
        if (!type.isInstance(payload)) {
            throw new SoapFaultException(
                    true,
                    NationalGateway.ErrorCodes.UNKNOWN_SERVICE,
                    "this serviceId expects a " + type.getSimpleName() + " payload");
        }
        return type.cast(payload);
    }

    private static SimulatorResponse resource(String name) {
        try (InputStream input =
                Objects.requireNonNull(GatewaySimulator.class.getClassLoader().getResourceAsStream(name))) {
            return SimulatorResponse.withBody(200, "text/xml; charset=utf-8", input.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }

    /** Error answers of the gateway: SOAP faults with the contract's ErrorInfo. */
    static final class GatewayErrors implements ProtocolErrors {

        private final SoapCodec codec;
        private final Clock clock;

        GatewayErrors(SoapCodec codec, Clock clock) {
            this.codec = codec;
            this.clock = clock;
        }

        @Override
        public SimulatorResponse error(int status, String code, String description) {
            String errorCode = status >= 500 || status == 429
                    ? NationalGateway.ErrorCodes.SERVICE_UNAVAILABLE
                    : NationalGateway.ErrorCodes.INVALID_MESSAGE;
            return SimulatorResponse.withBody(
                    status,
                    SimulatorResponse.SOAP_XML,
                    codec.writeFault(status < 500, errorInfo(errorCode, description, null)));
        }

        SimulatorResponse fault(boolean clientFault, String errorCode, String description, String sessionId) {
            return SimulatorResponse.withBody(
                    500,
                    SimulatorResponse.SOAP_XML,
                    codec.writeFault(clientFault, errorInfo(errorCode, description, sessionId)));
        }

        private ErrorInfo errorInfo(String errorCode, String description, String sessionId) {
            ErrorInfo error = new ErrorInfo();
            error.setErrorCode(errorCode);
            error.setErrorMessage(description);
            error.setErrorDate(XmlDates.dateTime(clock.instant()));
            error.setSessionId(sessionId);
            return error;
        }
    }
}
