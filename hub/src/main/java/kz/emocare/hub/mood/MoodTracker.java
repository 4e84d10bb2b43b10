package kz.emocare.hub.mood;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.emocare.hub.consent.Consent;
import kz.emocare.hub.consent.ConsentLedger;
import kz.emocare.hub.consent.ConsentPurpose;
import kz.emocare.hub.consent.DataCategory;
import kz.emocare.hub.consent.DisclosureLog;
import kz.emocare.hub.consent.DisclosureRecord;
import kz.emocare.hub.person.People;
import kz.emocare.hub.person.Person;
import kz.emocare.hub.platform.Actor;
import kz.emocare.hub.platform.InvalidRequestException;
import kz.emocare.hub.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and reads mood entries. The owner records, lists, deletes and follows trends; a clinician reads a patient's
 * entries (never the note or custom tags) only under a treatment consent in force that names the clinician's
 * organisation and covers mood, and only entries inside the consent's data period. Without such a consent the answer
 * is the same 404 as for an unknown person, so a clinician cannot learn who uses Emocare.
 */
@Service
public class MoodTracker {

    private static final Logger log = LoggerFactory.getLogger(MoodTracker.class);

    /** How far a device clock may run ahead of the hub's. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    static final Set<Integer> TREND_DAYS = Set.of(7, 30, 90);

    /** Zones lie between UTC−12 and UTC+14, so an entry's local day may start up to 26 hours from another zone's. */
    private static final Duration ZONE_SPREAD = Duration.ofHours(26);

    static final String DISCLOSURE_CHANNEL = "API_READ";

    private final MoodEntryRepository entries;
    private final People people;
    private final ConsentLedger consents;
    private final DisclosureLog disclosures;
    private final ApplicationEventPublisher publisher;
    private final MoodProperties properties;
    private final Clock clock;

    MoodTracker(
            MoodEntryRepository entries,
            People people,
            ConsentLedger consents,
            DisclosureLog disclosures,
            ApplicationEventPublisher publisher,
            MoodProperties properties,
            Clock clock) {
        this.entries = entries;
        this.people = people;
        this.consents = consents;
        this.disclosures = disclosures;
        this.publisher = publisher;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Records an entry of the person.
     *
     * @param recordedAt when the person felt so, or {@code null} for now; not in the future, not too far back
     */
    @Transactional
    MoodEntry record(UUID personId, MoodEntryDraft draft, Instant recordedAt) {
        people.find(personId).filter(Person::isActive).orElseThrow(() -> new NotFoundException("No such person."));
        Instant now = clock.instant();
        Instant at = recordedAt == null ? now : recordedAt;
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidRequestException("recorded-in-future", "recordedAt lies in the future.");
        }
        if (at.isBefore(now.minus(properties.maxBackfill()))) {
            throw new InvalidRequestException(
                    "recorded-too-long-ago",
                    "recordedAt lies more than " + properties.maxBackfill().toDays() + " days back.");
        }
        ZoneId zone = draft.timeZone() == null ? properties.defaultZone() : ZoneId.of(draft.timeZone());
        MoodEntry entry = entries.save(new MoodEntry(personId, draft, at, zone, now));
        publisher.publishEvent(new MoodEntryRecorded(
                entry.id(), personId, entry.level(), entry.recordedAt(), entry.timeZone(), entry.localDate()));
        log.debug("Recorded mood entry {} of person {}", entry.id(), personId);
        return entry;
    }

    /** The person's entries in a period (both bounds optional), newest first. */
    @Transactional(readOnly = true)
    Page<MoodEntry> history(UUID personId, Instant from, Instant until, Pageable page) {
        Period period = period(from, until);
        return entries.history(personId, period.from(), period.until(), unsorted(page));
    }

    /**
     * The person's entries as they may be shared (no note, no custom tags), newest first: the port for adapters that
     * enforce consent themselves, such as the FHIR face.
     */
    @Transactional(readOnly = true)
    public Page<MoodReading> readings(UUID personId, Instant from, Instant until, Pageable page) {
        return history(personId, from, until, page).map(MoodEntry::toReading);
    }

    @Transactional(readOnly = true)
    MoodEntry ownedBy(UUID personId, long entryId) {
        return entries.findByIdAndPersonId(entryId, personId).orElseThrow(MoodTracker::noSuchEntry);
    }

    /** The owner deletes one entry for good. */
    @Transactional
    void delete(UUID personId, long entryId) {
        MoodEntry entry = ownedBy(personId, entryId);
        entries.delete(entry);
        publisher.publishEvent(new MoodEntryDeleted(entryId, personId));
        log.debug("Deleted mood entry {} of person {}", entryId, personId);
    }

    /**
     * The person's trend over the last 7, 30 or 90 days of the zone given, or else of the zone of their latest entry,
     * or else the default zone.
     */
    @Transactional(readOnly = true)
    MoodTrend trend(UUID personId, int days, String timeZone) {
        return trendWithin(personId, days, timeZone, null);
    }

    /** A patient's entries for a clinician, under consent; the read goes to the disclosure log. */
    @Transactional
    Page<MoodReading> patientHistory(Actor clinician, UUID patientId, Instant from, Instant until, Pageable page) {
        Consent consent = moodConsent(clinician, patientId);
        Period period = period(from, until).within(consent);
        Page<MoodEntry> found = entries.history(patientId, period.from(), period.until(), unsorted(page));
        disclose(clinician, consent, "MoodEntry", found.getNumberOfElements());
        return found.map(MoodEntry::toReading);
    }

    /** A patient's trend for a clinician, from the entries inside the consent's data period only. */
    @Transactional
    MoodTrend patientTrend(Actor clinician, UUID patientId, int days, String timeZone) {
        Consent consent = moodConsent(clinician, patientId);
        MoodTrend trend = trendWithin(patientId, days, timeZone, consent);
        disclose(clinician, consent, "MoodTrend", (int) trend.count());
        return trend;
    }

    private MoodTrend trendWithin(UUID personId, int days, String timeZone, Consent consent) {
        if (!TREND_DAYS.contains(days)) {
            throw new InvalidRequestException("unsupported-trend-period", "days must be 7, 30 or 90.");
        }
        ZoneId zone = zoneFor(personId, timeZone);
        LocalDate lastDay = LocalDate.now(clock.withZone(zone));
        LocalDate firstDay = lastDay.minusDays(days - 1L);
        Period window = new Period(
                firstDay.atStartOfDay(zone).toInstant().minus(ZONE_SPREAD),
                lastDay.plusDays(1).atStartOfDay(zone).toInstant().plus(ZONE_SPREAD));
        if (consent != null) {
            window = window.within(consent);
        }
        List<MoodTrend.DailyFigures> figures =
                entries.daily(personId, window.from(), window.until(), firstDay, lastDay).stream()
                        .map(MoodTracker::dailyFigures)
                        .toList();
        return MoodTrend.of(days, zone.getId(), lastDay, figures);
    }

    private ZoneId zoneFor(UUID personId, String timeZone) {
        if (timeZone != null) {
            if (!ZoneId.getAvailableZoneIds().contains(timeZone)) {
                throw new InvalidRequestException("unknown-time-zone", "zone must be an IANA id such as Asia/Almaty.");
            }
            return ZoneId.of(timeZone);
        }
        return entries.findFirstByPersonIdOrderByRecordedAtDescIdDesc(personId)
                .map(entry -> ZoneId.of(entry.timeZone()))
                .orElse(properties.defaultZone());
    }

    private Consent moodConsent(Actor clinician, UUID patientId) {
        if (clinician.organizationId() == null) {
            throw noSuchPatient();
        }
        return consents.inForce(patientId, clinician.organizationId(), ConsentPurpose.TREATMENT, DataCategory.MOOD)
                .orElseThrow(MoodTracker::noSuchPatient);
    }

    private void disclose(Actor clinician, Consent consent, String resourceType, int count) {
        disclosures.record(new DisclosureRecord(
                consent.personId(),
                consent.recipientId(),
                clinician.auditName(),
                consent.id(),
                DISCLOSURE_CHANNEL,
                List.of(resourceType),
                count));
    }

    private Period period(Instant from, Instant until) {
        Period period = new Period(
                from == null ? Instant.EPOCH : from,
                until == null ? clock.instant().plus(CLOCK_SKEW) : until);
        if (period.from().isAfter(period.until())) {
            throw new InvalidRequestException("invalid-period", "from must not be after until.");
        }
        return period;
    }

    private static MoodTrend.DailyFigures dailyFigures(Object[] row) {
        return new MoodTrend.DailyFigures(
                (LocalDate) row[0],
                ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(),
                ((Number) row[3]).intValue(),
                ((Number) row[4]).intValue());
    }

    /** The order is fixed (newest first, in the query): sorting by arbitrary, encrypted columns is not offered. */
    private static Pageable unsorted(Pageable page) {
        return page.isPaged() ? PageRequest.of(page.getPageNumber(), page.getPageSize()) : Pageable.unpaged();
    }

    private static NotFoundException noSuchEntry() {
        return new NotFoundException("No such mood entry.");
    }

    private static NotFoundException noSuchPatient() {
        return new NotFoundException("No such patient.");
    }

    /** Inclusive instant bounds. */
    private record Period(Instant from, Instant until) {

        /** The part of this period that the consent's data period covers (possibly empty: from after until). */
        Period within(Consent consent) {
            Instant start = consent.dataFrom() != null && consent.dataFrom().isAfter(from) ? consent.dataFrom() : from;
            Instant end =
                    consent.dataUntil() != null && consent.dataUntil().isBefore(until) ? consent.dataUntil() : until;
            return new Period(start, end);
        }
    }
}
