package kz.emocare.contracts.simulator;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import kz.emocare.contracts.simulator.fault.FaultSettings;
import kz.emocare.contracts.simulator.population.PopulationSettings;

/**
 * Start-up settings of the simulators. Each can be given as {@code --name=value} or as the system property
 * {@code emocare.simulators.name}; arguments win.
 *
 * <ul>
 *   <li>{@code school-port}, {@code gateway-port}, {@code medical-port}, {@code content-port} (0 = any free port)
 *   <li>{@code bind} (default 127.0.0.1)
 *   <li>{@code pupils}, {@code seed}, {@code academic-year}, {@code patient-share}
 *   <li>{@code school-rate-limit} (requests per second per client)
 *   <li>{@code faults-school}, {@code faults-gateway}, {@code faults-medical}, {@code faults-content}: fault settings
 *       as {@code name=value,...} (see {@link FaultSettings#parse})
 *   <li>{@code fhir-validation}: {@code full} (HAPI instance validator, default) or {@code parser} (strict parsing
 *       only, for a smaller heap)
 *   <li>{@code smart-launch-url}, {@code hub-fhir-base}: where the medical system's "Launch Emocare" link goes
 * </ul>
 */
public record SimulatorOptions(
        String bindAddress,
        Map<SystemPort, Integer> ports,
        PopulationSettings population,
        int schoolRequestsPerSecond,
        Map<SystemPort, FaultSettings> faults,
        MedicalOptions medical) {

    private static final String PROPERTY_PREFIX = "emocare.simulators.";

    /** The four ports and their defaults. */
    public enum SystemPort {
        SCHOOL(8091),
        GATEWAY(8092),
        MEDICAL(8093),
        CONTENT(8094);

        private final int defaultPort;

        SystemPort(int defaultPort) {
            this.defaultPort = defaultPort;
        }

        public int defaultPort() {
            return defaultPort;
        }

        String optionPrefix() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Settings of the medical system.
     *
     * @param fullValidation validate received resources with HAPI's instance validator (not only strict parsing)
     * @param launchUrl the clinician app's SMART launch URL
     * @param hubFhirBase the {@code iss} of the launch
     */
    public record MedicalOptions(boolean fullValidation, String launchUrl, String hubFhirBase) {

        public static final MedicalOptions DEFAULTS = new MedicalOptions(
                true,
                kz.emocare.contracts.medical.MedicalSystemFhir.DEFAULT_LAUNCH_URL,
                kz.emocare.contracts.medical.MedicalSystemFhir.DEFAULT_HUB_FHIR_BASE);
    }

    public SimulatorOptions {
        ports = Map.copyOf(ports);
        faults = Map.copyOf(faults);
    }

    /** The demo defaults: fixed ports, 2,000 pupils, no faults. */
    public static SimulatorOptions defaults() {
        Map<SystemPort, Integer> ports = new EnumMap<>(SystemPort.class);
        Map<SystemPort, FaultSettings> faults = new EnumMap<>(SystemPort.class);
        for (SystemPort port : SystemPort.values()) {
            ports.put(port, port.defaultPort());
            faults.put(port, FaultSettings.NONE);
        }
        return new SimulatorOptions("127.0.0.1", ports, PopulationSettings.DEMO, 200, faults, MedicalOptions.DEFAULTS);
    }

    /** For tests: every system on a free port. */
    public SimulatorOptions withFreePorts() {
        Map<SystemPort, Integer> free = new EnumMap<>(SystemPort.class);
        for (SystemPort port : SystemPort.values()) {
            free.put(port, 0);
        }
        return new SimulatorOptions(bindAddress, free, population, schoolRequestsPerSecond, faults, medical);
    }

    public SimulatorOptions withPopulation(PopulationSettings settings) {
        return new SimulatorOptions(bindAddress, ports, settings, schoolRequestsPerSecond, faults, medical);
    }

    public SimulatorOptions withSchoolRequestsPerSecond(int value) {
        return new SimulatorOptions(bindAddress, ports, population, value, faults, medical);
    }

    public SimulatorOptions withFaults(SystemPort port, FaultSettings settings) {
        Map<SystemPort, FaultSettings> changed = new EnumMap<>(faults);
        changed.put(port, settings);
        return new SimulatorOptions(bindAddress, ports, population, schoolRequestsPerSecond, changed, medical);
    }

    public SimulatorOptions withMedical(MedicalOptions value) {
        return new SimulatorOptions(bindAddress, ports, population, schoolRequestsPerSecond, faults, value);
    }

    /** Options from command-line arguments over system properties over the defaults. */
    public static SimulatorOptions parse(String[] arguments, Properties systemProperties) {
        Map<String, String> values = new HashMap<>();
        systemProperties.stringPropertyNames().stream()
                .filter(name -> name.startsWith(PROPERTY_PREFIX))
                .forEach(name ->
                        values.put(name.substring(PROPERTY_PREFIX.length()), systemProperties.getProperty(name)));
        for (String argument : arguments) {
            if (!argument.startsWith("--") || !argument.contains("=")) {
                throw new IllegalArgumentException("arguments look like --name=value, not '" + argument + "'");
            }
            int equals = argument.indexOf('=');
            values.put(argument.substring(2, equals), argument.substring(equals + 1));
        }
        return fromValues(values);
    }

    private static SimulatorOptions fromValues(Map<String, String> values) {
        SimulatorOptions defaults = defaults();
        OptionReader reader = new OptionReader(values);
        Map<SystemPort, Integer> ports = new EnumMap<>(SystemPort.class);
        Map<SystemPort, FaultSettings> faults = new EnumMap<>(SystemPort.class);
        for (SystemPort port : SystemPort.values()) {
            ports.put(port, reader.integer(port.optionPrefix() + "-port", port.defaultPort()));
            faults.put(port, FaultSettings.parse(reader.text("faults-" + port.optionPrefix(), ""), FaultSettings.NONE));
        }
        PopulationSettings demo = defaults.population();
        PopulationSettings population = new PopulationSettings(
                reader.longValue("seed", demo.seed()),
                reader.integer("pupils", demo.pupils()),
                reader.integer("academic-year", demo.academicYear()),
                reader.decimal("patient-share", demo.patientShare()));
        String validation = reader.text("fhir-validation", "full");
        if (!validation.equals("full") && !validation.equals("parser")) {
            throw new IllegalArgumentException("fhir-validation is full or parser");
        }
        SimulatorOptions options = new SimulatorOptions(
                reader.text("bind", defaults.bindAddress()),
                ports,
                population,
                reader.integer("school-rate-limit", defaults.schoolRequestsPerSecond()),
                faults,
                new MedicalOptions(
                        validation.equals("full"),
                        reader.text("smart-launch-url", MedicalOptions.DEFAULTS.launchUrl()),
                        reader.text("hub-fhir-base", MedicalOptions.DEFAULTS.hubFhirBase())));
        reader.requireAllUsed();
        return options;
    }
}
