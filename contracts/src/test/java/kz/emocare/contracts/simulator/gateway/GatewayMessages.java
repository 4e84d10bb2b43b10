package kz.emocare.contracts.simulator.gateway;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import kz.emocare.contracts.gateway.NationalGateway;
import kz.emocare.contracts.gateway.data.AggregateReportSubmission;
import kz.emocare.contracts.gateway.data.PersonLookupRequest;
import kz.emocare.contracts.gateway.data.ReportCell;
import kz.emocare.contracts.gateway.data.StratumComponent;
import kz.emocare.contracts.gateway.types.RequestData;
import kz.emocare.contracts.gateway.types.RequestPayload;
import kz.emocare.contracts.gateway.types.SenderInfo;
import kz.emocare.contracts.gateway.types.SyncMessageInfo;
import kz.emocare.contracts.gateway.types.SyncSendMessageRequest;

/** Builds SendMessage requests for gateway tests. */
final class GatewayMessages {

    private GatewayMessages() {}

    static SyncSendMessageRequest personLookup(String iin) {
        PersonLookupRequest lookup = new PersonLookupRequest();
        lookup.setIin(iin);
        return message(NationalGateway.SERVICE_PERSON_LOOKUP, lookup, NationalGateway.DEMO_SENDER_PASSWORD);
    }

    static SyncSendMessageRequest withPassword(SyncSendMessageRequest request, String password) {
        request.getRequestInfo().getSender().setPassword(password);
        return request;
    }

    static SyncSendMessageRequest report(String reportId, String suppressedIndicator, BigDecimal activeUsers) {
        AggregateReportSubmission report = new AggregateReportSubmission();
        report.setReportId(reportId);
        report.setReportType("EMOCARE_MONTHLY");
        report.setPeriodStart(XmlDates.date(LocalDate.of(2026, 11, 1)));
        report.setPeriodEnd(XmlDates.date(LocalDate.of(2026, 11, 30)));
        report.setGeneratedAt(XmlDates.dateTime(Instant.parse("2026-12-01T02:00:00Z")));
        report.setSuppressionThreshold(BigInteger.TEN);
        report.getCell().add(cell("active-users", "ALMATY", activeUsers));
        report.getCell().add(cell(suppressedIndicator, "ULYTAU", null));
        return message(NationalGateway.SERVICE_AGGREGATE_REPORT, report, NationalGateway.DEMO_SENDER_PASSWORD);
    }

    private static ReportCell cell(String indicator, String region, BigDecimal value) {
        ReportCell cell = new ReportCell();
        cell.setIndicator(indicator);
        StratumComponent component = new StratumComponent();
        component.setDimension("region");
        component.setValue(region);
        cell.getStratum().add(component);
        cell.setValue(value);
        cell.setSuppressed(value == null);
        return cell;
    }

    private static SyncSendMessageRequest message(String serviceId, RequestPayload payload, String password) {
        SenderInfo sender = new SenderInfo();
        sender.setSenderId(NationalGateway.DEMO_SENDER_ID);
        sender.setPassword(password);
        SyncMessageInfo info = new SyncMessageInfo();
        info.setMessageId(UUID.randomUUID().toString());
        info.setServiceId(serviceId);
        info.setMessageDate(XmlDates.dateTime(Instant.parse("2026-12-01T02:00:00Z")));
        info.setSender(sender);
        info.setSessionId("session-1");
        RequestData data = new RequestData();
        data.setData(payload);
        SyncSendMessageRequest request = new SyncSendMessageRequest();
        request.setRequestInfo(info);
        request.setRequestData(data);
        return request;
    }
}
