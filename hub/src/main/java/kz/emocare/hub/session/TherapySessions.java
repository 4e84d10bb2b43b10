package kz.emocare.hub.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import kz.emocare.contracts.identity.Role;
import kz.emocare.hub.audit.AuditEntry;
import kz.emocare.hub.audit.AuditOutcome;
import kz.emocare.hub.audit.AuditTrail;
import kz.emocare.hub.person.CareAssignment;
import kz.emocare.hub.person.CareTeam;
import kz.emocare.hub.platform.ConflictException;
import kz.emocare.hub.platform.ForbiddenException;
import kz.emocare.hub.platform.InvalidRequestException;
import kz.emocare.hub.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slots and sessions. A psychologist publishes slots (in the future, whole minutes, never overlapping their own); a
 * user books an open slot of a psychologist assigned to them (booking does not create a care link: an administrator
 * assigns psychologists, and the user chooses among their slots). A slot can be booked once: of two concurrent
 * bookings one gets a 409, guarded by the slot's version and a unique constraint.
 */
@Service
public class TherapySessions {

    private static final Logger log = LoggerFactory.getLogger(TherapySessions.class);

    private final SessionSlotRepository slots;
    private final TherapySessionRepository sessions;
    private final SessionCalendarRepository calendars;
    private final CareTeam careTeam;
    private final MeetingRooms rooms;
    private final SessionProperties properties;
    private final AuditTrail audit;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TherapySessions(
            SessionSlotRepository slots,
            TherapySessionRepository sessions,
            SessionCalendarRepository calendars,
            CareTeam careTeam,
            MeetingRooms rooms,
            SessionProperties properties,
            AuditTrail audit,
            ApplicationEventPublisher publisher,
            TransactionTemplate transactions,
            Clock clock) {
        this.slots = slots;
        this.sessions = sessions;
        this.calendars = calendars;
        this.careTeam = careTeam;
        this.rooms = rooms;
        this.properties = properties;
        this.audit = audit;
        this.publisher = publisher;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A psychologist publishes a slot; {@code duration} {@code null} means the default (50 minutes). */
    public SessionSlot publish(UUID psychologistId, Instant startsAt, Duration duration) {
        Duration length = duration != null ? duration : properties.defaultDuration();
        requirePublishable(startsAt, length);
        try {
            return transactions.execute(status -> publishChecked(psychologistId, startsAt, length));
        } catch (DataIntegrityViolationException firstSlotsAtOnce) {
            throw new ConflictException(
                    "concurrent-change", "Another of your slots was published at the same moment; try again.");
        }
    }

    /** The psychologist takes back an open slot. */
    @Transactional
    public SessionSlot withdraw(UUID psychologistId, UUID slotId) {
        SessionSlot slot = slots.findById(slotId)
                .filter(candidate -> candidate.psychologistId().equals(psychologistId))
                .orElseThrow(() -> new NotFoundException("No such slot of yours."));
        slot.withdraw();
        log.debug("Psychologist {} withdrew slot {}", psychologistId, slotId);
        return slot;
    }

    /** The psychologist's own slots, upcoming (soonest first) or past (latest first). */
    @Transactional(readOnly = true)
    public Page<SessionSlot> slotsOf(UUID psychologistId, TimeFrame frame, Pageable page) {
        Instant now = clock.instant();
        Pageable unsorted = unsorted(page);
        return frame == TimeFrame.PAST
                ? slots.pastOf(psychologistId, now, unsorted)
                : slots.upcomingOf(psychologistId, now, unsorted);
    }

    /** Open future slots the user may book: those of their assigned psychologists, or of one of them. */
    @Transactional(readOnly = true)
    public Page<SessionSlot> bookableFor(UUID clientId, UUID psychologistId, Pageable page) {
        List<UUID> psychologists = careTeam.helpersOf(clientId).stream()
                .filter(assignment -> assignment.helperRole() == Role.PSYCHOLOGIST)
                .map(CareAssignment::helperId)
                .filter(id -> psychologistId == null || id.equals(psychologistId))
                .toList();
        if (psychologistId != null && psychologists.isEmpty()) {
            throw notYourPsychologist();
        }
        if (psychologists.isEmpty()) {
            return Page.empty(unsorted(page));
        }
        return slots.bookable(psychologists, clock.instant(), unsorted(page));
    }

    /** The user books an open slot of their assigned psychologist. */
    public TherapySession book(UUID clientId, UUID slotId) {
        try {
            return transactions.execute(status -> bookChecked(clientId, slotId));
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException bookedByAnother) {
            log.debug("Booking of slot {} lost a race", slotId);
            throw new ConflictException("slot-taken", "This slot was booked by someone else a moment ago.");
        }
    }

    /** The person's sessions, as user or as psychologist: upcoming (soonest first) or past (latest first). */
    @Transactional(readOnly = true)
    public Page<TherapySession> sessionsOf(UUID personId, TimeFrame frame, Pageable page) {
        Instant now = clock.instant();
        Pageable unsorted = unsorted(page);
        return frame == TimeFrame.PAST
                ? sessions.pastOf(personId, now, unsorted)
                : sessions.upcomingOf(personId, now, unsorted);
    }

    /** Every session of a user, latest first (for the FHIR Appointment face and exports). */
    @Transactional(readOnly = true)
    public Page<TherapySession> ofClient(UUID clientId, Pageable page) {
        return sessions.findByClientIdOrderByStartsAtDescIdAsc(clientId, unsorted(page));
    }

    /** A session of a participant, or a 404 that does not tell whether it exists for others. */
    @Transactional(readOnly = true)
    public TherapySession participating(UUID personId, UUID sessionId) {
        return sessions.findById(sessionId)
                .filter(session -> session.hasParticipant(personId))
                .orElseThrow(() -> new NotFoundException("No such session."));
    }

    /**
     * Cancels a scheduled session. The psychologist may cancel at any time and must give a reason (the slot is then
     * withdrawn); the user only up to the notice period before the start (the slot opens again for booking).
     */
    @Transactional
    public TherapySession cancel(UUID personId, UUID sessionId, String reason) {
        TherapySession session = participating(personId, sessionId);
        SessionSlot slot = slots.findById(session.slotId()).orElseThrow();
        Instant now = clock.instant();
        CancelledBy by;
        if (session.psychologistId().equals(personId)) {
            session.cancelByPsychologist(reason, now);
            slot.withdrawForGood();
            by = CancelledBy.PSYCHOLOGIST;
        } else {
            session.cancelByClient(reason, now, properties.userCancellationNotice());
            slot.reopen();
            by = CancelledBy.CLIENT;
        }
        audit.record(new AuditEntry(
                personId.toString(),
                "session.cancelled",
                "session",
                sessionId.toString(),
                AuditOutcome.SUCCESS,
                "by=" + by));
        publisher.publishEvent(new SessionCancelled(sessionId, session.clientId(), session.psychologistId(), by));
        return session;
    }

    /** The psychologist marks a started session as held. */
    @Transactional
    public TherapySession complete(UUID psychologistId, UUID sessionId) {
        TherapySession session = ownSession(psychologistId, sessionId);
        session.complete(clock.instant());
        publisher.publishEvent(new SessionCompleted(sessionId, session.clientId(), psychologistId));
        return session;
    }

    /** The psychologist marks that the user did not come to a started session. */
    @Transactional
    public TherapySession markNoShow(UUID psychologistId, UUID sessionId) {
        TherapySession session = ownSession(psychologistId, sessionId);
        session.markNoShow(clock.instant());
        audit.record(AuditEntry.success(psychologistId.toString(), "session.no_show", "session", sessionId));
        publisher.publishEvent(new SessionMarkedNoShow(sessionId, session.clientId(), psychologistId));
        return session;
    }

    /** The last moment a user may cancel this session. */
    public Instant cancellableByClientUntil(TherapySession session) {
        return session.cancellableByClientUntil(properties.userCancellationNotice());
    }

    /** Everything of the person: the slots they published and the sessions they took part in (for the export). */
    @Transactional(readOnly = true)
    PersonSchedule everythingOf(UUID personId) {
        return new PersonSchedule(
                slots.findByPsychologistId(personId), sessions.findByClientIdOrPsychologistId(personId, personId));
    }

    /**
     * For an erased account: future sessions are cancelled by the hub, future open slots withdrawn, and free text
     * removed; times and outcomes stay so that counts of held sessions and no-shows do not change.
     */
    @Transactional
    void erase(UUID personId) {
        Instant now = clock.instant();
        for (TherapySession session : sessions.findByClientIdOrPsychologistId(personId, personId)) {
            if (session.status() == SessionStatus.SCHEDULED
                    && session.startsAt().isAfter(now)) {
                session.cancelBySystem(now);
                SessionSlot slot = slots.findById(session.slotId()).orElseThrow();
                if (slot.psychologistId().equals(personId)) {
                    slot.withdrawForGood();
                } else {
                    slot.reopen();
                }
                publisher.publishEvent(new SessionCancelled(
                        session.id(), session.clientId(), session.psychologistId(), CancelledBy.SYSTEM));
            }
            session.anonymise();
        }
        slots.findByPsychologistIdAndStatusAndStartsAtAfter(personId, SlotStatus.OPEN, now)
                .forEach(SessionSlot::withdraw);
    }

    private SessionSlot publishChecked(UUID psychologistId, Instant startsAt, Duration length) {
        SessionCalendar calendar =
                calendars.findById(psychologistId).orElseGet(() -> new SessionCalendar(psychologistId));
        if (slots.overlapping(psychologistId, startsAt, startsAt.plus(length))) {
            throw new ConflictException("slot-overlaps", "This time overlaps one of your slots.");
        }
        calendar.recordPublication();
        calendars.save(calendar);
        SessionSlot slot = slots.save(new SessionSlot(psychologistId, startsAt, length, clock.instant()));
        calendars.flush();
        log.debug("Psychologist {} published slot {}", psychologistId, slot.id());
        return slot;
    }

    private void requirePublishable(Instant startsAt, Duration length) {
        Instant now = clock.instant();
        if (!startsAt.truncatedTo(ChronoUnit.MINUTES).equals(startsAt)) {
            throw new InvalidRequestException("slot-not-whole-minute", "A slot starts on a whole minute.");
        }
        if (!startsAt.isAfter(now)) {
            throw new InvalidRequestException("slot-in-past", "A slot must start in the future.");
        }
        if (startsAt.isAfter(now.plus(properties.publishingHorizon()))) {
            throw new InvalidRequestException(
                    "slot-too-far-ahead",
                    "Slots are published at most "
                            + properties.publishingHorizon().toDays() + " days ahead.");
        }
        long minutes = length.toMinutes();
        if (minutes < SessionSlot.SHORTEST_MINUTES || minutes > SessionSlot.LONGEST_MINUTES) {
            throw new InvalidRequestException("slot-duration", "A slot lasts 15 to 180 minutes.");
        }
    }

    private TherapySession bookChecked(UUID clientId, UUID slotId) {
        SessionSlot slot = slots.findById(slotId).orElseThrow(() -> new NotFoundException("No such slot."));
        if (!careTeam.isAssigned(slot.psychologistId(), clientId)) {
            throw notYourPsychologist();
        }
        Instant now = clock.instant();
        if (!slot.startsAt().isAfter(now)) {
            throw new ConflictException("slot-started", "This slot has already started; choose a later one.");
        }
        slot.book();
        TherapySession session = sessions.saveAndFlush(new TherapySession(slot, clientId, rooms.newRoomUrl(), now));
        publisher.publishEvent(new SessionBooked(session.id(), clientId, slot.psychologistId()));
        log.debug("Person {} booked session {} in slot {}", clientId, session.id(), slotId);
        return session;
    }

    private TherapySession ownSession(UUID psychologistId, UUID sessionId) {
        TherapySession session = participating(psychologistId, sessionId);
        if (!session.psychologistId().equals(psychologistId)) {
            throw new ForbiddenException("Only the session's psychologist marks how it went.");
        }
        return session;
    }

    private static ForbiddenException notYourPsychologist() {
        return new ForbiddenException(
                "not-your-psychologist", "You can book sessions only with a psychologist assigned to you.");
    }

    /** Paging without the caller's sort: the lists have one stable order each. */
    private static Pageable unsorted(Pageable page) {
        return PageRequest.of(page.getPageNumber(), page.getPageSize());
    }

    /** A person's slots and sessions. */
    record PersonSchedule(List<SessionSlot> slots, List<TherapySession> sessions) {}
}
