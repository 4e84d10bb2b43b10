package kz.emocare.hub.crisis;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kz.emocare.contracts.identity.Role;
import kz.emocare.hub.audit.AuditEntry;
import kz.emocare.hub.audit.AuditTrail;
import kz.emocare.hub.person.CareAssignment;
import kz.emocare.hub.person.CareTeam;
import kz.emocare.hub.person.People;
import kz.emocare.hub.person.Person;
import kz.emocare.hub.platform.Actor;
import kz.emocare.hub.platform.InvalidRequestException;
import kz.emocare.hub.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens, acknowledges and resolves crisis requests, and answers who may see which. A person has at most one active
 * request: pressing the help button again, or another screening with a risk, adds to the active request instead of
 * opening a second one, so a request is never lost or split, whatever the client retries.
 */
@Service
public class CrisisDesk {

    private static final Logger log = LoggerFactory.getLogger(CrisisDesk.class);

    /** A help-button press retries when it loses the race to open the person's first active request. */
    private static final int RAISE_ATTEMPTS = 3;

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("openedAt"), Sort.Order.desc("id"));

    private final CrisisRequestRepository requests;
    private final People people;
    private final CareTeam careTeam;
    private final AuditTrail audit;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CrisisDesk(
            CrisisRequestRepository requests,
            People people,
            CareTeam careTeam,
            AuditTrail audit,
            ApplicationEventPublisher publisher,
            TransactionTemplate transactions,
            Clock clock) {
        this.requests = requests;
        this.people = people;
        this.careTeam = careTeam;
        this.audit = audit;
        this.publisher = publisher;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * A screening flagged a risk: opens a request (or adds to the person's active one) inside the caller's
     * transaction, so the result and the request are stored together. Returns the request's id.
     */
    @Transactional
    public UUID openForScreening(UUID personId, UUID assessmentId) {
        Instant now = clock.instant();
        Optional<CrisisRequest> active = requests.findByActivePersonId(personId);
        if (active.isPresent()) {
            CrisisRequest request = active.get();
            request.signalAgain(assessmentId, now);
            signalled(request, CrisisSource.SCREENING, now);
            return request.id();
        }
        CrisisRequest request = requests.saveAndFlush(
                CrisisRequest.fromScreening(personId, assessmentId, psychologistOf(personId), now));
        opened(request);
        return request.id();
    }

    /** The person pressed the help button. */
    Raised raise(UUID personId, CrisisRequest.HelpRequest help) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> raiseOnce(personId, help));
            } catch (DataIntegrityViolationException | ConcurrencyFailureException concurrentPress) {
                // Another press of the same person opened the request first (unique active slot, or a lock
                // conflict when both inserted); the next attempt finds that request and joins it.
                if (attempt == RAISE_ATTEMPTS) {
                    throw concurrentPress;
                }
                log.debug("Help request of person {} met a concurrent one; attempt {}", personId, attempt + 1);
            }
        }
    }

    @Transactional(readOnly = true)
    Page<CrisisRequest> ofPerson(UUID personId, Pageable page) {
        return requests.findByPersonId(
                personId, PageRequest.of(page.getPageNumber(), page.getPageSize(), NEWEST_FIRST));
    }

    @Transactional(readOnly = true)
    List<CrisisRequest> allOfPerson(UUID personId) {
        return requests.findByPersonIdOrderByOpenedAtAsc(personId);
    }

    /** One of the person's own requests, or a 404 that does not say whether it exists for someone else. */
    @Transactional(readOnly = true)
    CrisisRequest ownedBy(UUID personId, UUID requestId) {
        return requests.findById(requestId)
                .filter(request -> request.personId().equals(personId))
                .orElseThrow(CrisisDesk::noSuchRequest);
    }

    /**
     * The queue as the actor may see it, oldest first: psychologists see every request (any of them may take one);
     * volunteers see only the requests of the users assigned to them, to know when to step back for a psychologist.
     */
    @Transactional(readOnly = true)
    Page<CrisisRequest> queue(Actor actor, QueueFilter filter, Pageable page) {
        Pageable unsorted = PageRequest.of(page.getPageNumber(), page.getPageSize());
        if (actor.has(Role.PSYCHOLOGIST)) {
            UUID assignee = filter.scope() == QueueScope.MINE ? actor.requirePerson() : null;
            return requests.queue(
                    filter.states(), filter.source(), assignee, filter.scope() == QueueScope.UNASSIGNED, unsorted);
        }
        List<UUID> clients = clientsOf(actor.requirePerson());
        if (clients.isEmpty()) {
            return Page.empty(unsorted);
        }
        return requests.ofPeople(clients, filter.states(), filter.source(), unsorted);
    }

    /** One request, for a psychologist or for a volunteer assigned to the person; otherwise a 404. */
    @Transactional(readOnly = true)
    CrisisRequest visibleTo(Actor actor, UUID requestId) {
        CrisisRequest request = requests.findById(requestId).orElseThrow(CrisisDesk::noSuchRequest);
        if (actor.has(Role.PSYCHOLOGIST) || careTeam.isAssigned(actor.requirePerson(), request.personId())) {
            return request;
        }
        throw noSuchRequest();
    }

    /** A psychologist acknowledges (and so takes) an open request. */
    @Transactional
    CrisisRequest acknowledge(Actor psychologist, UUID requestId) {
        CrisisRequest request = requests.findById(requestId).orElseThrow(CrisisDesk::noSuchRequest);
        Instant now = clock.instant();
        request.acknowledge(psychologist.requirePerson(), now);
        audit.record(AuditEntry.success(psychologist.auditName(), "crisis.acknowledged", "crisis_request", requestId));
        publisher.publishEvent(new CrisisRequestAcknowledged(
                requestId, request.personId(), psychologist.personId(), now, request.secondsToAcknowledge()));
        log.info("Crisis request {} acknowledged by psychologist {}", requestId, psychologist.personId());
        return request;
    }

    /** The psychologist who took a request resolves it with an outcome and a note. */
    @Transactional
    CrisisRequest resolve(Actor psychologist, UUID requestId, CrisisOutcome outcome, String note) {
        if (outcome == CrisisOutcome.ACCOUNT_ERASED) {
            throw new InvalidRequestException("reserved-outcome", "ACCOUNT_ERASED is set only by the hub itself.");
        }
        CrisisRequest request = requests.findById(requestId).orElseThrow(CrisisDesk::noSuchRequest);
        Instant now = clock.instant();
        request.resolve(psychologist.requirePerson(), outcome, note, now);
        audit.record(AuditEntry.success(psychologist.auditName(), "crisis.resolved", "crisis_request", requestId));
        publisher.publishEvent(
                new CrisisRequestResolved(requestId, request.personId(), psychologist.personId(), outcome, now));
        log.info("Crisis request {} resolved by psychologist {}", requestId, psychologist.personId());
        return request;
    }

    /** Erases the free text of the person's requests and closes an active one (see {@link CrisisDataSection}). */
    @Transactional
    void eraseContentOf(UUID personId) {
        Instant now = clock.instant();
        for (CrisisRequest request : requests.findByPersonIdOrderByOpenedAtAsc(personId)) {
            if (request.eraseContent(now)) {
                publisher.publishEvent(
                        new CrisisRequestResolved(request.id(), personId, null, CrisisOutcome.ACCOUNT_ERASED, now));
                log.warn("Crisis request {} closed because its person erased the account", request.id());
            }
        }
    }

    private Raised raiseOnce(UUID personId, CrisisRequest.HelpRequest help) {
        people.find(personId).filter(Person::isActive).orElseThrow(() -> new NotFoundException("No such person."));
        Instant now = clock.instant();
        Optional<CrisisRequest> active = requests.findByActivePersonId(personId);
        if (active.isPresent()) {
            CrisisRequest request = active.get();
            request.signalAgain(help, now);
            requests.flush();
            signalled(request, CrisisSource.HELP_BUTTON, now);
            return new Raised(request, false);
        }
        CrisisRequest request =
                requests.saveAndFlush(CrisisRequest.fromHelpButton(personId, help, psychologistOf(personId), now));
        opened(request);
        return new Raised(request, true);
    }

    private void opened(CrisisRequest request) {
        audit.record(
                AuditEntry.success(request.personId().toString(), "crisis.opened", "crisis_request", request.id()));
        publisher.publishEvent(new CrisisRequestOpened(
                request.id(),
                request.personId(),
                request.source(),
                request.assessmentId(),
                request.assignedPsychologistId(),
                request.openedAt()));
        log.info("Crisis request {} opened from {} for person {}", request.id(), request.source(), request.personId());
    }

    private void signalled(CrisisRequest request, CrisisSource source, Instant now) {
        publisher.publishEvent(new CrisisRequestSignalled(request.id(), request.personId(), source, now));
        log.info("Crisis request {} signalled again from {}", request.id(), source);
    }

    /** The person's own psychologist (the longest-standing assignment), or {@code null}: then the shared queue. */
    private UUID psychologistOf(UUID personId) {
        return careTeam.helpersOf(personId).stream()
                .filter(assignment -> assignment.helperRole() == Role.PSYCHOLOGIST)
                .min(Comparator.comparing(CareAssignment::createdAt))
                .map(CareAssignment::helperId)
                .orElse(null);
    }

    private List<UUID> clientsOf(UUID helperId) {
        List<UUID> clients = new ArrayList<>();
        Page<CareAssignment> page = careTeam.clientsOf(helperId, PageRequest.of(0, 100));
        while (true) {
            page.forEach(assignment -> clients.add(assignment.clientId()));
            if (!page.hasNext()) {
                return clients;
            }
            page = careTeam.clientsOf(helperId, page.nextPageable());
        }
    }

    private static NotFoundException noSuchRequest() {
        return new NotFoundException("No such crisis request.");
    }

    /** A help-button press: the request it opened or joined, and whether it opened a new one. */
    record Raised(CrisisRequest request, boolean opened) {}

    /** Which requests of the queue to show. */
    record QueueFilter(Set<CrisisState> states, CrisisSource source, QueueScope scope) {

        QueueFilter {
            states = states == null || states.isEmpty()
                    ? EnumSet.of(CrisisState.OPEN, CrisisState.ACKNOWLEDGED)
                    : EnumSet.copyOf(states);
            scope = scope == null ? QueueScope.ALL : scope;
        }
    }

    /** Whose requests a psychologist looks at. */
    enum QueueScope {
        ALL,
        MINE,
        UNASSIGNED
    }
}
