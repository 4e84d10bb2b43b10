package kz.emocare.contracts.simulator;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.emocare.contracts.simulator.fault.FaultDecision;
import kz.emocare.contracts.simulator.fault.FaultInjector;
import kz.emocare.contracts.simulator.fault.FaultKind;
import kz.emocare.contracts.simulator.fault.FaultsEndpoint;
import kz.emocare.contracts.simulator.http.BadRequestException;
import kz.emocare.contracts.simulator.http.Router;
import kz.emocare.contracts.simulator.http.SimulatorRequest;
import kz.emocare.contracts.simulator.http.SimulatorResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a WireMock request into a {@link SimulatorRequest}, finds the system and operation that serve it, draws a
 * fault and turns the answer back into a WireMock response. Faults that happen "after processing" (reset, broken
 * body) let the operation take effect first, so that clients must retry idempotently.
 */
final class SimulatorDispatcher implements ResponseDefinitionTransformerV2 {

    static final String NAME = "emocare-simulator-dispatch";

    /**
     * Marks an answer whose fault was injected on purpose, so that contract checks in tests can tell it from a
     * simulator bug. Clients must not look at it.
     */
    static final String FAULT_HEADER = SimulatorServer.FAULT_HEADER;

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorDispatcher.class);
    private static final byte[] MALFORMED_TAIL = "\u0000<<malformed>>{\"".getBytes(StandardCharsets.UTF_8);

    private final List<Mounted> systems;
    private final FaultInjector faults;
    private final Router faultControl;

    SimulatorDispatcher(List<SimulatedSystem> systems, FaultInjector faults) {
        this.systems = systems.stream()
                .map(system -> new Mounted(system, system.routes(), system.controlRoutes()))
                .toList();
        this.faults = faults;
        this.faultControl = new FaultsEndpoint(faults).routes();
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        return answer(toSimulatorRequest(serveEvent.getRequest()));
    }

    private ResponseDefinition answer(SimulatorRequest request) {
        Optional<ResponseDefinition> control = control(request);
        if (control.isPresent()) {
            return control.get();
        }
        for (Mounted mounted : systems) {
            Optional<Router.Dispatch> dispatch = mounted.routes().find(request);
            if (dispatch.isPresent()) {
                return serve(mounted.system(), dispatch.get());
            }
        }
        SimulatedSystem first = systems.get(0).system();
        return toDefinition(first.errors().error(404, "not_found", "no such resource"), FaultDecision.NONE);
    }

    private Optional<ResponseDefinition> control(SimulatorRequest request) {
        if (!request.path().startsWith("/__") || request.path().startsWith("/__admin")) {
            return Optional.empty();
        }
        Optional<Router.Dispatch> dispatch = faultControl.find(request);
        SimulatedSystem owner = systems.get(0).system();
        for (Mounted mounted : systems) {
            if (dispatch.isPresent()) {
                break;
            }
            dispatch = mounted.controlRoutes().find(request);
            owner = mounted.system();
        }
        SimulatedSystem errorsOwner = owner;
        return dispatch.map(found -> toDefinition(invoke(errorsOwner, found), FaultDecision.NONE));
    }

    private ResponseDefinition serve(SimulatedSystem system, Router.Dispatch dispatch) {
        FaultDecision decision = faults.next();
        if (decision.kind() == FaultKind.SERVER_ERROR) {
            return toDefinition(system.errors().error(500, "server_error", "simulated server error"), decision);
        }
        if (decision.kind() == FaultKind.RATE_LIMITED) {
            return toDefinition(system.rateLimited(faults.settings().retryAfterSeconds()), decision);
        }
        return toDefinition(invoke(system, dispatch), decision);
    }

    private static SimulatorResponse invoke(SimulatedSystem system, Router.Dispatch dispatch) {
        if (!dispatch.methodAllowed()) {
            return system.errors().error(405, "method_not_allowed", "method not allowed on this resource");
        }
        try {
            return dispatch.endpoint().handle(dispatch.request());
        } catch (BadRequestException e) {
            LOG.debug(
                    "{} refused a request to {}: {}",
                    system.name(),
                    dispatch.request().path(),
                    e.getMessage());
            SimulatorResponse error = system.errors().error(e.status(), e.code(), e.getMessage());
            for (Map.Entry<String, String> header : e.headers().entrySet()) {
                error = error.withHeader(header.getKey(), header.getValue());
            }
            return error;
        } catch (RuntimeException e) {
            LOG.warn(
                    "{} failed on a request to {}",
                    system.name(),
                    dispatch.request().path(),
                    e);
            return system.errors().error(500, "server_error", "internal error of the simulator");
        }
    }

    private static ResponseDefinition toDefinition(SimulatorResponse response, FaultDecision decision) {
        ResponseDefinitionBuilder builder =
                ResponseDefinitionBuilder.responseDefinition().withStatus(response.status());
        response.headers().forEach(builder::withHeader);
        if (decision.kind() != FaultKind.NONE) {
            builder.withHeader(FAULT_HEADER, decision.kind().name());
        }
        builder.withBody(faultedBody(response.body(), decision.kind()));
        if (decision.kind() == FaultKind.CONNECTION_RESET) {
            builder.withFault(Fault.CONNECTION_RESET_BY_PEER);
        }
        if (decision.delayMillis() > 0) {
            builder.withFixedDelay((int) decision.delayMillis());
        }
        return builder.build();
    }

    private static byte[] faultedBody(byte[] body, FaultKind kind) {
        return switch (kind) {
            case TRUNCATED_BODY -> Arrays.copyOf(body, body.length / 2);
            case MALFORMED_BODY -> concat(Arrays.copyOf(body, body.length / 3), MALFORMED_TAIL);
            default -> body;
        };
    }

    private static byte[] concat(byte[] head, byte[] tail) {
        byte[] joined = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, joined, head.length, tail.length);
        return joined;
    }

    /** A system with its routers, built once (routers compile their path patterns). */
    private record Mounted(SimulatedSystem system, Router routes, Router controlRoutes) {}

    private static SimulatorRequest toSimulatorRequest(Request request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpHeader header : request.getHeaders().all()) {
            headers.put(header.key(), header.values());
        }
        return SimulatorRequest.of(request.getMethod().getName(), request.getUrl(), headers, request.getBody());
    }
}
