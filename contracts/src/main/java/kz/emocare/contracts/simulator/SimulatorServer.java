package kz.emocare.contracts.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Extension;
import java.util.ArrayList;
import java.util.List;
import kz.emocare.contracts.simulator.fault.FaultInjector;
import kz.emocare.contracts.simulator.fault.FaultSettings;

/**
 * One port serving one or more simulated systems through WireMock: a single catch-all stub hands every request to
 * {@link SimulatorDispatcher}, which routes it, injects faults and writes the answer. The request journal is off so
 * that a long identity sync does not fill the heap. Answers are written synchronously (an injected delay holds one of
 * the 32 request threads), so listeners such as the contract guard have run before the client sees the answer.
 */
public final class SimulatorServer implements AutoCloseable {

    /** Header on answers whose fault was injected on purpose (for contract checks in tests; clients ignore it). */
    public static final String FAULT_HEADER = "X-Emocare-Simulated-Fault";

    private final WireMockServer server;
    private final FaultInjector faults;
    private final String name;

    public SimulatorServer(
            String name,
            String bindAddress,
            int port,
            List<SimulatedSystem> systems,
            FaultSettings initialFaults,
            List<Extension> extraExtensions) {
        this.name = name;
        this.faults = new FaultInjector(initialFaults);
        List<Extension> extensions = new ArrayList<>(extraExtensions);
        extensions.add(new SimulatorDispatcher(systems, faults));
        WireMockConfiguration options = WireMockConfiguration.options()
                .bindAddress(bindAddress)
                .disableRequestJournal()
                .containerThreads(32)
                .jettyAcceptors(1)
                .gzipDisabled(true)
                .stubRequestLoggingDisabled(true)
                .notifier(new ConsoleNotifier(false))
                .extensions(extensions.toArray(Extension[]::new));
        if (port == 0) {
            options.dynamicPort();
        } else {
            options.port(port);
        }
        this.server = new WireMockServer(options);
    }

    /** Starts serving; the catch-all stub is installed after the start so WireMock's defaults stay untouched. */
    public SimulatorServer start() {
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(SimulatorDispatcher.NAME)));
        return this;
    }

    public String name() {
        return name;
    }

    public int port() {
        return server.port();
    }

    /** {@code http://localhost:<port>} */
    public String baseUrl() {
        return "http://localhost:" + port();
    }

    public FaultInjector faults() {
        return faults;
    }

    @Override
    public void close() {
        server.stop();
    }
}
