package kz.emocare.contracts.simulator;

import com.github.tomakehurst.wiremock.extension.Extension;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import kz.emocare.contracts.gateway.EgovIdentityProvider;
import kz.emocare.contracts.simulator.SimulatorOptions.SystemPort;
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
    private final SchoolSystemSimulator school;
    private final Map<SystemPort, SimulatorServer> servers;

    private Simulators(Population population, SchoolSystemSimulator school, Map<SystemPort, SimulatorServer> servers) {
        this.population = population;
        this.school = school;
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
        SchoolSystemSimulator school = new SchoolSystemSimulator(
                population,
                SchoolSystemSettings.DEFAULTS.withRequestsPerSecond(options.schoolRequestsPerSecond()),
                clock);
        FhirSupport fhir = new FhirSupport(options.medical().fullValidation());
        fhir.warmUpInBackground();
        Map<SystemPort, SimulatorServer> servers = new EnumMap<>(SystemPort.class);
        Map<SystemPort, List<SimulatedSystem>> systems = new EnumMap<>(SystemPort.class);
        systems.put(SystemPort.SCHOOL, List.of(school));
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
        List<SimulatorServer> started = new ArrayList<>();
        try {
            for (Map.Entry<SystemPort, List<SimulatedSystem>> entry : systems.entrySet()) {
                SystemPort port = entry.getKey();
                SimulatorServer server = new SimulatorServer(
                        port.name().toLowerCase(java.util.Locale.ROOT),
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
        return new Simulators(population, school, servers);
    }

    public Population population() {
        return population;
    }

    public SchoolSystemSimulator school() {
        return school;
    }

    public SimulatorServer server(SystemPort port) {
        return servers.get(port);
    }

    /** {@code http://localhost:<port>} of a system. */
    public String baseUrl(SystemPort port) {
        return servers.get(port).baseUrl();
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
                port.name().toLowerCase(java.util.Locale.ROOT),
                server.baseUrl(),
                server.faults().settings().active() ? server.faults().settings() : "none"));
    }
}
