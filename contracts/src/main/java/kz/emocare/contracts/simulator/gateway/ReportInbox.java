package kz.emocare.contracts.simulator.gateway;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import kz.emocare.contracts.gateway.NationalGateway;
import kz.emocare.contracts.gateway.data.AggregateReportSubmission;
import kz.emocare.contracts.gateway.data.ReportCell;
import kz.emocare.contracts.gateway.data.ReportReceipt;
import kz.emocare.contracts.gateway.data.StratumComponent;

/**
 * Receives aggregate reports, idempotently on {@code reportId}: the same report again gets the first receipt back
 * (marked duplicate); another report under a used id is refused.
 */
final class ReportInbox {

    private final Clock clock;
    private final AtomicLong receiptNumbers = new AtomicLong(1000);
    private final Map<String, StoredReport> reports = new ConcurrentHashMap<>();

    ReportInbox(Clock clock) {
        this.clock = clock;
    }

    ReportReceipt submit(AggregateReportSubmission report) {
        check(report);
        String contentHash = contentHash(report);
        StoredReport stored = reports.computeIfAbsent(
                report.getReportId(),
                id -> new StoredReport(
                        id,
                        report.getReportType(),
                        "RCPT-" + receiptNumbers.incrementAndGet(),
                        clock.instant(),
                        report.getCell().size(),
                        contentHash));
        if (!stored.contentHash().equals(contentHash)) {
            throw new SoapFaultException(
                    true, NationalGateway.ErrorCodes.REPORT_CONFLICT, "the reportId was used for another report");
        }
        boolean duplicate = stored.submissions().incrementAndGet() > 1;
        return receipt(stored, duplicate);
    }

    /** What has been received, for tests and the demo. */
    List<StoredReport> received() {
        return new ArrayList<>(reports.values());
    }

    void clear() {
        reports.clear();
    }

    private static ReportReceipt receipt(StoredReport stored, boolean duplicate) {
        ReportReceipt receipt = new ReportReceipt();
        receipt.setReportId(stored.reportId());
        receipt.setReceiptNumber(stored.receiptNumber());
        receipt.setReceivedAt(XmlDates.dateTime(stored.receivedAt()));
        receipt.setAcceptedCells(java.math.BigInteger.valueOf(stored.cells()));
        receipt.setDuplicate(duplicate);
        return receipt;
    }

    private static void check(AggregateReportSubmission report) {
        if (XmlDates.localDate(report.getPeriodEnd()).isBefore(XmlDates.localDate(report.getPeriodStart()))) {
            throw invalid("periodEnd is before periodStart");
        }
        for (ReportCell cell : report.getCell()) {
            if (cell.isSuppressed() && cell.getValue() != null) {
                throw invalid("a suppressed cell of " + cell.getIndicator() + " carries a value");
            }
            if (!cell.isSuppressed() && cell.getValue() == null) {
                throw invalid("a published cell of " + cell.getIndicator() + " has no value");
            }
        }
    }

    private static String contentHash(AggregateReportSubmission report) {
        StringBuilder canonical = new StringBuilder()
                .append(report.getReportType())
                .append('|')
                .append(report.getPeriodStart())
                .append('|')
                .append(report.getPeriodEnd())
                .append('|')
                .append(report.getSuppressionThreshold());
        for (ReportCell cell : report.getCell()) {
            canonical.append('|').append(cell.getIndicator());
            for (StratumComponent component : cell.getStratum()) {
                canonical
                        .append(';')
                        .append(component.getDimension())
                        .append('=')
                        .append(component.getValue());
            }
            canonical
                    .append(':')
                    .append(
                            cell.isSuppressed()
                                    ? "S"
                                    : cell.getValue().stripTrailingZeros().toPlainString());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static SoapFaultException invalid(String message) {
        return new SoapFaultException(true, NationalGateway.ErrorCodes.INVALID_REPORT, message);
    }

    /** A received report (its cells are not kept). */
    record StoredReport(
            String reportId,
            String reportType,
            String receiptNumber,
            Instant receivedAt,
            int cells,
            String contentHash,
            AtomicLong submissions) {

        StoredReport(
                String reportId,
                String reportType,
                String receiptNumber,
                Instant receivedAt,
                int cells,
                String contentHash) {
            this(reportId, reportType, receiptNumber, receivedAt, cells, contentHash, new AtomicLong());
        }
    }
}
