package kz.emocare.contracts.simulator.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import kz.emocare.contracts.demo.DemoDirectory;
import kz.emocare.contracts.gateway.NationalGateway;
import kz.emocare.contracts.gateway.data.LookupOutcome;
import kz.emocare.contracts.gateway.data.PersonLookupResult;
import kz.emocare.contracts.gateway.data.PersonRecord;
import kz.emocare.contracts.gateway.data.ReportReceipt;
import kz.emocare.contracts.gateway.data.VitalStatus;
import kz.emocare.contracts.gateway.service.ISyncChannel;
import kz.emocare.contracts.gateway.service.SendMessageFaultMessage;
import kz.emocare.contracts.gateway.types.SyncSendMessageResponse;
import kz.emocare.contracts.simulator.HttpTestClient;
import kz.emocare.contracts.simulator.SimulatorOptions;
import kz.emocare.contracts.simulator.SimulatorOptions.SystemPort;
import kz.emocare.contracts.simulator.Simulators;
import kz.emocare.contracts.simulator.population.PopulationSettings;
import kz.emocare.contracts.simulator.population.Pupil;
import kz.emocare.contracts.simulator.population.RegistryAnomaly;
import kz.emocare.contracts.testing.ContractGuard;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The national gateway simulator through the CXF client generated from its WSDL, checked against the XSD. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatewayContractTest {

    private final ContractGuard guard = new ContractGuard(false);
    private Simulators simulators;
    private ISyncChannel channel;

    @BeforeAll
    void startSimulators() {
        SimulatorOptions options = SimulatorOptions.defaults()
                .withFreePorts()
                .withPopulation(PopulationSettings.DEMO.withPupils(3_000))
                .withMedical(
                        new SimulatorOptions.MedicalOptions(false, "http://localhost/launch", "http://localhost/fhir"));
        simulators = Simulators.start(options, java.time.Clock.systemUTC(), guard.extensions());
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(ISyncChannel.class);
        factory.setAddress(simulators.baseUrl(SystemPort.GATEWAY) + NationalGateway.ENDPOINT_PATH);
        channel = (ISyncChannel) factory.create();
    }

    @AfterAll
    void stopSimulatorsAndCheckContract() {
        simulators.close();
        assertThat(guard.checkedExchanges()).isPositive();
        guard.assertNoViolations();
    }

    @Test
    void personLookupAnswersTheDemoStudentAsTheSchoolSystemKnowsHer() throws SendMessageFaultMessage {
        SyncSendMessageResponse response =
                channel.sendMessage(GatewayMessages.personLookup(DemoDirectory.STUDENT.iin()));

        assertThat(response.getResponseInfo().getStatus().getCode()).isEqualTo(NationalGateway.STATUS_SUCCESS);
        assertThat(response.getResponseInfo().getSessionId()).isEqualTo("session-1");
        PersonLookupResult result =
                (PersonLookupResult) response.getResponseData().getData();
        assertThat(result.getOutcome()).isEqualTo(LookupOutcome.FOUND);
        PersonRecord person = result.getPerson();
        assertThat(person.getFirstName() + " " + person.getLastName()).isEqualTo(DemoDirectory.STUDENT.displayName());
        assertThat(person.getBirthDate().toXMLFormat()).isEqualTo("2010-05-15");
        assertThat(person.getVitalStatus()).isEqualTo(VitalStatus.ALIVE);
        assertThat(person.getRegionCode()).isEqualTo(DemoDirectory.SCHOOL.region());
    }

    @Test
    void registryAgreesWithTheSchoolForMostPupilsAndSurfacesTheDeliberateAnomalies() throws SendMessageFaultMessage {
        Pupil ordinary = pupilWith(RegistryAnomaly.NONE);
        PersonRecord same = lookup(ordinary.person().iin()).getPerson();
        assertThat(same.getLastName()).isEqualTo(ordinary.person().name().lastName());
        assertThat(same.getBirthDate().toXMLFormat())
                .isEqualTo(ordinary.person().birthDate().toString());

        Pupil renamed = pupilWith(RegistryAnomaly.LAST_NAME_MISMATCH);
        assertThat(lookup(renamed.person().iin()).getPerson().getLastName())
                .isNotEqualTo(renamed.person().name().lastName());

        Pupil deceased = pupilWith(RegistryAnomaly.DECEASED);
        PersonRecord deceasedRecord = lookup(deceased.person().iin()).getPerson();
        assertThat(deceasedRecord.getVitalStatus()).isEqualTo(VitalStatus.DECEASED);
        assertThat(deceasedRecord.getDeathDate()).isNotNull();

        Pupil unknown = pupilWith(RegistryAnomaly.NOT_IN_REGISTRY);
        assertThat(lookup(unknown.person().iin()).getOutcome()).isEqualTo(LookupOutcome.NOT_FOUND);

        assertThat(lookup(DemoDirectory.ADULT.iin()).getPerson().getFirstName()).isEqualTo("Даурен");
    }

    @Test
    void invalidIinIsRefusedWithItsOwnFaultCode() {
        assertThatThrownBy(() -> channel.sendMessage(GatewayMessages.personLookup("100515600039")))
                .isInstanceOfSatisfying(
                        SendMessageFaultMessage.class,
                        fault -> assertThat(fault.getFaultInfo().getErrorCode())
                                .isEqualTo(NationalGateway.ErrorCodes.INVALID_IIN));
    }

    @Test
    void wrongSenderPasswordIsRefused() {
        assertThatThrownBy(() -> channel.sendMessage(
                        GatewayMessages.withPassword(GatewayMessages.personLookup(DemoDirectory.ADULT.iin()), "guess")))
                .isInstanceOfSatisfying(
                        SendMessageFaultMessage.class,
                        fault -> assertThat(fault.getFaultInfo().getErrorCode())
                                .isEqualTo(NationalGateway.ErrorCodes.SENDER_AUTHENTICATION));
    }

    @Test
    void reportSubmissionIsIdempotentOnReportIdAndRefusesAReusedId() throws SendMessageFaultMessage {
        ReportReceipt first =
                receipt(GatewayMessages.report("2026-11-monthly", "crisis-requests", BigDecimal.valueOf(1234)));
        ReportReceipt again =
                receipt(GatewayMessages.report("2026-11-monthly", "crisis-requests", BigDecimal.valueOf(1234)));

        assertThat(first.isDuplicate()).isFalse();
        assertThat(again.isDuplicate()).isTrue();
        assertThat(again.getReceiptNumber()).isEqualTo(first.getReceiptNumber());
        assertThat(first.getAcceptedCells()).hasToString("2");
        assertThatThrownBy(() -> channel.sendMessage(
                        GatewayMessages.report("2026-11-monthly", "crisis-requests", BigDecimal.valueOf(999))))
                .isInstanceOfSatisfying(
                        SendMessageFaultMessage.class,
                        fault -> assertThat(fault.getFaultInfo().getErrorCode())
                                .isEqualTo(NationalGateway.ErrorCodes.REPORT_CONFLICT));
    }

    @Test
    void injectedServerErrorsAreSoapFaultsTheClientCanRetry() throws SendMessageFaultMessage {
        HttpTestClient http = new HttpTestClient();
        String faults = simulators.baseUrl(SystemPort.GATEWAY) + "/__faults";
        http.post(faults, "application/json", "{\"serverErrorRate\":1.0}");
        try {
            assertThatThrownBy(() -> channel.sendMessage(GatewayMessages.personLookup(DemoDirectory.ADULT.iin())))
                    .isInstanceOfSatisfying(
                            SendMessageFaultMessage.class,
                            fault -> assertThat(fault.getFaultInfo().getErrorCode())
                                    .isEqualTo(NationalGateway.ErrorCodes.SERVICE_UNAVAILABLE));
        } finally {
            http.delete(faults);
        }
        assertThat(lookup(DemoDirectory.ADULT.iin()).getOutcome()).isEqualTo(LookupOutcome.FOUND);
    }

    @Test
    void wsdlAndSchemasAreServed() {
        HttpTestClient http = new HttpTestClient();
        String endpoint = simulators.baseUrl(SystemPort.GATEWAY) + NationalGateway.ENDPOINT_PATH;
        assertThat(http.get(endpoint + "?wsdl").body()).contains("SendMessage").contains("SyncChannelTypes.xsd");
        assertThat(http.get(endpoint + "SyncChannelTypes.xsd").body()).contains("SyncSendMessageRequest");
        assertThat(http.get(endpoint + "EmocareGatewayData.xsd").body()).contains("PersonLookupRequest");
    }

    private PersonLookupResult lookup(String iin) throws SendMessageFaultMessage {
        return (PersonLookupResult) channel.sendMessage(GatewayMessages.personLookup(iin))
                .getResponseData()
                .getData();
    }

    private ReportReceipt receipt(kz.emocare.contracts.gateway.types.SyncSendMessageRequest request)
            throws SendMessageFaultMessage {
        return (ReportReceipt) channel.sendMessage(request).getResponseData().getData();
    }

    private Pupil pupilWith(RegistryAnomaly anomaly) {
        Predicate<Pupil> wanted =
                pupil -> pupil.anomaly() == anomaly && pupil.person().iin() != null;
        return IntStream.range(1, 3_000)
                .mapToObj(index -> simulators.population().pupil(index).orElseThrow())
                .filter(wanted)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no pupil with " + anomaly + " in " + Map.of("pupils", 3_000)));
    }
}
