package kz.emocare.contracts.testing;

import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import kz.emocare.contracts.content.ContentPlatformApi;
import kz.emocare.contracts.gateway.EgovIdentityProvider;
import kz.emocare.contracts.school.SchoolSystemApi;
import kz.emocare.contracts.simulator.SimulatorOptions.SystemPort;
import kz.emocare.contracts.simulator.SimulatorServer;
import kz.emocare.contracts.simulator.http.SimulatorRequest;
import kz.emocare.contracts.simulator.medical.FhirSupport;

/**
 * Watches every exchange with the simulators and records each request or answer that breaks its system's contract:
 * OpenAPI for the school system and the content platform, the XSD for the national gateway, OpenID Connect for the
 * eGov identity provider, strict parsing and HAPI's validator for the medical system.
 *
 * <p>Use it in route tests: {@code Simulators.start(options, clock, guard.extensions())}, run the route, then {@code
 * guard.assertNoViolations()}. Answers whose fault was injected on purpose are not checked (their requests are);
 * control calls under {@code /__} are ignored.
 */
public final class ContractGuard {

    private final Map<SystemPort, ContractCheck> checks = new EnumMap<>(SystemPort.class);
    private final ContractCheck identityProvider = new IdentityProviderCheck();
    private final List<ContractViolation> violations = new CopyOnWriteArrayList<>();
    private final AtomicInteger checkedExchanges = new AtomicInteger();

    /** A guard whose FHIR checks run HAPI's instance validator (slow to start) or only strict parsing. */
    public ContractGuard(boolean fullFhirValidation) {
        checks.put(SystemPort.SCHOOL, new OpenApiCheck(SchoolSystemApi.OPENAPI_RESOURCE));
        checks.put(SystemPort.CONTENT, new OpenApiCheck(ContentPlatformApi.OPENAPI_RESOURCE));
        checks.put(SystemPort.GATEWAY, new SoapCheck());
        checks.put(SystemPort.MEDICAL, new FhirCheck(FhirSupport.shared(fullFhirValidation)));
    }

    /** The listeners to pass to {@code Simulators.start}. */
    public Function<SystemPort, List<Extension>> extensions() {
        return port -> List.of(new Listener(port));
    }

    public List<ContractViolation> violations() {
        return List.copyOf(violations);
    }

    /** How many exchanges were checked (so a test can tell the guard was wired in). */
    public int checkedExchanges() {
        return checkedExchanges.get();
    }

    public void clear() {
        violations.clear();
    }

    /** The violations seen so far, which are then forgotten (for tests that break a contract on purpose). */
    public synchronized List<ContractViolation> takeViolations() {
        List<ContractViolation> taken = List.copyOf(violations);
        violations.removeAll(taken);
        return taken;
    }

    /**
     * Runs requests that break the contract on purpose and checks that only they were flagged: each violation is the
     * client's, and the simulator still answered within the contract.
     */
    public void expectRequestViolations(Runnable deliberatelyWrongRequests) {
        assertNoViolations();
        deliberatelyWrongRequests.run();
        List<ContractViolation> taken = takeViolations();
        if (taken.isEmpty()
                || taken.stream().anyMatch(violation -> !violation.direction().equals("REQUEST"))) {
            throw new AssertionError("expected only request violations but saw " + taken);
        }
    }

    /** Fails with every violation seen. */
    public void assertNoViolations() {
        if (!violations.isEmpty()) {
            StringBuilder message = new StringBuilder(violations.size() + " contract violation(s):");
            violations.forEach(violation -> message.append("\n  ").append(violation));
            throw new AssertionError(message.toString());
        }
    }

    private void check(SystemPort port, Exchange exchange, boolean answerChecked) {
        if (exchange.path().startsWith("/__")) {
            return;
        }
        checkedExchanges.incrementAndGet();
        ContractCheck check = port == SystemPort.GATEWAY && exchange.path().startsWith(EgovIdentityProvider.BASE_PATH)
                ? identityProvider
                : checks.get(port);
        if (port == SystemPort.CONTENT && !exchange.path().startsWith("/api/")) {
            return;
        }
        record(port, exchange, "REQUEST", check.requestProblems(exchange));
        if (answerChecked) {
            record(port, exchange, "RESPONSE", check.responseProblems(exchange));
        }
    }

    private void record(SystemPort port, Exchange exchange, String direction, List<String> problems) {
        problems.forEach(problem ->
                violations.add(new ContractViolation(port, exchange.method(), exchange.path(), direction, problem)));
    }

    private final class Listener implements ServeEventListener {

        private final SystemPort port;

        Listener(SystemPort port) {
            this.port = port;
        }

        @Override
        public String getName() {
            return "emocare-contract-guard-" + port.name().toLowerCase(Locale.ROOT);
        }

        /** Checks before the answer leaves, so a client that got its answer also sees the violations recorded. */
        @Override
        public void beforeResponseSent(ServeEvent serveEvent, Parameters parameters) {
            LoggedRequest request = serveEvent.getRequest();
            LoggedResponse response = serveEvent.getResponse();
            Map<String, String> responseHeaders = headers(
                    response == null
                            ? List.of()
                            : response.getHeaders() == null
                                    ? List.of()
                                    : new ArrayList<>(response.getHeaders().all()));
            boolean faulted = response == null
                    || response.getFault() != null
                    || responseHeaders.containsKey(SimulatorServer.FAULT_HEADER.toLowerCase(Locale.ROOT));
            SimulatorRequest parsed =
                    SimulatorRequest.of(request.getMethod().getName(), request.getUrl(), Map.of(), request.getBody());
            Exchange exchange = new Exchange(
                    parsed.method(),
                    parsed.path(),
                    parsed.query(),
                    headers(new ArrayList<>(request.getHeaders().all())),
                    request.getBody(),
                    response == null ? 0 : response.getStatus(),
                    responseHeaders,
                    response == null ? null : response.getBody());
            check(port, exchange, !faulted);
        }

        @Override
        public boolean applyGlobally() {
            return true;
        }

        private static Map<String, String> headers(List<HttpHeader> headers) {
            Map<String, String> byName = new LinkedHashMap<>();
            headers.forEach(header -> byName.put(header.key().toLowerCase(Locale.ROOT), header.firstValue()));
            return byName;
        }
    }
}
