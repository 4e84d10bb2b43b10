package kz.emocare.contracts.simulator.fault;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.emocare.contracts.simulator.http.BadRequestException;
import kz.emocare.contracts.simulator.http.Json;
import kz.emocare.contracts.simulator.http.Router;
import kz.emocare.contracts.simulator.http.SimulatorRequest;
import kz.emocare.contracts.simulator.http.SimulatorResponse;

/**
 * {@code /__faults} on every simulator port: GET shows the settings, POST or PUT changes the named settings (a JSON
 * object of {@link FaultSettings} fields), DELETE switches every fault off.
 */
public final class FaultsEndpoint {

    public static final String PATH = "/__faults";

    private final FaultInjector faults;

    public FaultsEndpoint(FaultInjector faults) {
        this.faults = faults;
    }

    public Router routes() {
        return new Router()
                .add("GET", PATH, this::show)
                .add("POST", PATH, this::change)
                .add("PUT", PATH, this::change)
                .add("DELETE", PATH, this::clear);
    }

    private SimulatorResponse show(SimulatorRequest request) {
        return SimulatorResponse.json(200, faults.settings());
    }

    @SuppressWarnings("unchecked")
    private SimulatorResponse change(SimulatorRequest request) {
        Map<String, Object> values =
                request.body().length == 0 ? Map.of() : new LinkedHashMap<>(Json.read(request.body(), Map.class));
        try {
            faults.update(FaultSettings.fromMap(values, faults.settings()));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        return SimulatorResponse.json(200, faults.settings());
    }

    private SimulatorResponse clear(SimulatorRequest request) {
        FaultSettings none = FaultSettings.NONE;
        faults.update(new FaultSettings(
                0, 0, 0, 0, 0, 0, 0, none.retryAfterSeconds(), faults.settings().seed()));
        return SimulatorResponse.json(200, faults.settings());
    }
}
