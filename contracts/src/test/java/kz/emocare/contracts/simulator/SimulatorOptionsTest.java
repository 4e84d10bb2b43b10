package kz.emocare.contracts.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import kz.emocare.contracts.simulator.SimulatorOptions.SystemPort;
import org.junit.jupiter.api.Test;

class SimulatorOptionsTest {

    @Test
    void argumentsOverrideSystemPropertiesOverDefaults() {
        Properties properties = new Properties();
        properties.setProperty("emocare.simulators.school-port", "9291");
        properties.setProperty("emocare.simulators.pupils", "500");
        SimulatorOptions options = SimulatorOptions.parse(
                new String[] {
                    "--pupils=100000", "--faults-medical=error=0.3,reset=0.1,seed=9", "--fhir-validation=parser"
                },
                properties);

        assertThat(options.ports()).containsEntry(SystemPort.SCHOOL, 9291).containsEntry(SystemPort.MEDICAL, 8093);
        assertThat(options.population().pupils()).isEqualTo(100_000);
        assertThat(options.faults().get(SystemPort.MEDICAL).serverErrorRate()).isEqualTo(0.3);
        assertThat(options.faults().get(SystemPort.MEDICAL).seed()).isEqualTo(9);
        assertThat(options.faults().get(SystemPort.SCHOOL).active()).isFalse();
        assertThat(options.medical().fullValidation()).isFalse();
    }

    @Test
    void unknownOrMalformedOptionsAreRefused() {
        assertThatThrownBy(() -> SimulatorOptions.parse(new String[] {"--pupil=5"}, new Properties()))
                .hasMessageContaining("unknown options");
        assertThatThrownBy(() -> SimulatorOptions.parse(new String[] {"pupils=5"}, new Properties()))
                .hasMessageContaining("--name=value");
        assertThatThrownBy(() -> SimulatorOptions.parse(new String[] {"--pupils=300000"}, new Properties()))
                .hasMessageContaining("pupils must be between 1 and 200000");
    }
}
