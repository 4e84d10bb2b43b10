package kz.emocare.contracts.simulator;

import com.github.tomakehurst.wiremock.extension.Extension;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import kz.emocare.contracts.content.ContentPlatformApi;
import kz.emocare.contracts.gateway.EgovIdentityProvider;
import kz.emocare.contracts.simulator.SimulatorOptions.SystemPort;
import kz.emocare.contracts.simulator.content.ContentSimulator;
import kz.emocare.contracts.simulator.gateway.GatewaySimulator;
import kz.emocare.contracts.simulator.idp.EgovIdentityProviderSimulator;
import kz.emocare.contracts.simulator.medical.FhirSupport;
import kz.emocare.contracts.simulator.medical.MedicalSimulator;
import kz.emocare.contracts.simulator.population.Population;
import kz.emocare.contracts.simulator.school.SchoolSystemSettings;
import kz.emocare.contracts.simulator.school.SchoolSystemSimulator;

/**
 * Starts the four simulated external systems in one JVM: school system, national gateway with the eGov identity
 * provider, medical system and content platform, each on its own port, all drawing from one synthetic population.
 * {@link #main} is the entry point of {@code contracts/target/emocare-simulators.jar}; tests use {@link #start}.
 */
public final class Simulators implements AutoCloseable {

    private final Population population;
    private final Map<SystemPort, List<SimulatedSystem>> systems;
    private final Map<SystemPort, SimulatorServer> servers;

    private Simulators(
            Population population,
            Map<SystemPort, List<SimulatedSystem>> systems,
            Map<SystemPort, SimulatorServer> servers) {
        this.population = population;
        this.systems = systems;
        this.servers = servers;
    }

    /** Starts every simulator with the system clock and no extra WireMock extensions. */
    public static Simulators start(SimulatorOptions options) {
        return start(options, Clock.systemUTC(), port -> List.of());
    }

    /**
     * Starts every simulator.
     *
     * @param extensions extra WireMock extensions per port, e.g. the contract guard's listeners in tests
     */
    public static Simulators start(
            SimulatorOptions options, Clock clock, Function<SystemPort, List<Extension>> extensions) {
        Population population = new Population(options.population());
        Map<SystemPort, SimulatorServer> servers = new EnumMap<>(SystemPort.class);
        Map<SystemPort, List<SimulatedSystem>> systems = systems(options, clock, population, servers);
        List<SimulatorServer> started = new ArrayList<>();
        try {
            for (Map.Entry<SystemPort, List<SimulatedSystem>> entry : systems.entrySet()) {
                SystemPort port = entry.getKey();
                SimulatorServer server = new SimulatorServer(
                        port.name().toLowerCase(Locale.ROOT),
                        options.bindAddress(),
                        options.ports().get(port),
                        entry.getValue(),
                        options.faults().get(port),
                        extensions.apply(port));
                started.add(server.start());
                servers.put(port, server);
            }
        } catch (RuntimeException e) {
            started.forEach(SimulatorServer::close);
            throw e;
        }
        return new Simulators(population, systems, servers);
    }

    private static Map<SystemPort, List<SimulatedSystem>> systems(
            SimulatorOptions options, Clock clock, Population population, Map<SystemPort, SimulatorServer> servers) {
        FhirSupport fhir = FhirSupport.shared(options.medical().fullValidation());
        fhir.warmUpInBackground();
        Map<SystemPort, List<SimulatedSystem>> systems = new EnumMap<>(SystemPort.class);
        systems.put(
                SystemPort.SCHOOL,
                List.of(new SchoolSystemSimulator(
                        population,
                        SchoolSystemSettings.DEFAULTS.withRequestsPerSecond(options.schoolRequestsPerSecond()),
                        clock)));
        systems.put(
                SystemPort.GATEWAY,
                List.of(
                        new GatewaySimulator(population, clock),
                        new EgovIdentityProviderSimulator(
                                population,
                                Map.of(EgovIdentityProvider.DEMO_CLIENT_ID, EgovIdentityProvider.DEMO_CLIENT_SECRET),
                                () -> servers.get(SystemPort.GATEWAY).baseUrl(),
                                clock)));
        systems.put(
                SystemPort.MEDICAL,
                List.of(new MedicalSimulator(
                        population,
                        fhir,
                        clock,
                        () -> servers.get(SystemPort.MEDICAL).baseUrl(),
                        options.medical().launchUrl(),
                        options.medical().hubFhirBase())));
        systems.put(
                SystemPort.CONTENT,
                List.of(new ContentSimulator(
                        options.population().seed(),
                        ContentPlatformApi.DEMO_API_KEY,
                        clock,
                        () -> servers.get(SystemPort.CONTENT).baseUrl())));
        return systems;
    }

    public Population population() {
        return population;
    }

    public SchoolSystemSimulator school() {
        return system(SystemPort.SCHOOL, SchoolSystemSimulator.class);
    }

    public GatewaySimulator gateway() {
        return system(SystemPort.GATEWAY, GatewaySimulator.class);
    }

    public MedicalSimulator medical() {
        return system(SystemPort.MEDICAL, MedicalSimulator.class);
    }

    public ContentSimulator content() {
        return system(SystemPort.CONTENT, ContentSimulator.class);
    }

    public SimulatorServer server(SystemPort port) {
        return servers.get(port);
    }

    /** {@code http://localhost:<port>} of a system. */
    public String baseUrl(SystemPort port) {
        return servers.get(port).baseUrl();
    }

    private <T extends SimulatedSystem> T system(SystemPort port, Class<T> type) {
        return systems.get(port).stream()
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst()
                .orElseThrow();
    }

    @Override
    public void close() {
        servers.values().forEach(SimulatorServer::close);
    }

    /** Runs the simulators until the process is stopped. */
    public static void main(String[] arguments) throws InterruptedException {
        SimulatorOptions options;
        try {
            options = SimulatorOptions.parse(arguments, System.getProperties());
        } catch (IllegalArgumentException e) {
            System.err.println("emocare-simulators: " + e.getMessage());
            System.exit(2);
            return;
        }
        Simulators simulators = start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulators.close();
            stopped.countDown();
        }));
        simulators.printSummary(options);
        stopped.await();
    }

    private void printSummary(SimulatorOptions options) {
        System.out.printf(
                "Emocare simulators running (%d pupils in %d schools, seed %d)%n",
                options.population().pupils(),
                population.schools().size(),
                options.population().seed());
        servers.forEach((port, server) -> System.out.printf(
                "  %-8s %s  (faults: %s)%n",
                port.name().toLowerCase(Locale.ROOT),
                server.baseUrl(),
                server.faults().settings().active() ? server.faults().settings() : "none"));
    }
}
