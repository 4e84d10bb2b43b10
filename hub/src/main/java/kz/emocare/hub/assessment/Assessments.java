package kz.emocare.hub.assessment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.emocare.hub.audit.AuditEntry;
import kz.emocare.hub.audit.AuditTrail;
import kz.emocare.hub.consent.Consent;
import kz.emocare.hub.consent.ConsentLedger;
import kz.emocare.hub.consent.ConsentPurpose;
import kz.emocare.hub.consent.DataCategory;
import kz.emocare.hub.consent.DisclosureLog;
import kz.emocare.hub.consent.DisclosureRecord;
import kz.emocare.hub.crisis.CrisisDesk;
import kz.emocare.hub.person.CareTeam;
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
 * Scores and stores self-test responses, and answers who may read the results: the person, the volunteer or
 * psychologist assigned to them, and a clinician under a treatment consent covering screening results. A positive
 * safety item (PHQ-9 or PHQ-A item 9) opens a crisis request in the same transaction, whatever the total.
 */
@Service
public class Assessments {

    private static final Logger log = LoggerFactory.getLogger(Assessments.class);

    /** How far a device clock may run ahead of the hub's. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** The oldest response accepted (e.g. one imported through the FHIR face). */
    static final Duration MAX_AGE = Duration.ofDays(730);

    static final String DISCLOSURE_CHANNEL = "API_READ";

    private final AssessmentRepository assessments;
    private final InstrumentCatalogue catalogue;
    private final People people;
    private final CareTeam careTeam;
    private final ConsentLedger consents;
    private final DisclosureLog disclosures;
    private final CrisisDesk crisisDesk;
    private final AuditTrail audit;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    Assessments(
            AssessmentRepository assessments,
            InstrumentCatalogue catalogue,
            People people,
            CareTeam careTeam,
            ConsentLedger consents,
            DisclosureLog disclosures,
            CrisisDesk crisisDesk,
            AuditTrail audit,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.assessments = assessments;
        this.catalogue = catalogue;
        this.people = people;
        this.careTeam = careTeam;
        this.consents = consents;
        this.disclosures = disclosures;
        this.crisisDesk = crisisDesk;
        this.audit = audit;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Checks, scores and stores a response; the port for adapters (the FHIR face creates QuestionnaireResponses
     * through it). A refused response (unknown instrument or item, a missing, repeated or out-of-range answer) is a
     * 422 problem and stores nothing.
     *
     * @param completedAt when the person finished the test, or {@code null} for now
     */
    @Transactional
    public AssessmentResult submit(
            UUID personId, String instrumentCode, List<Answer> answers, Instant completedAt, AssessmentSource source) {
        return submit(personId, instrumentCode, answers, completedAt, source, null);
    }

    /** As {@link #submit(UUID, String, List, Instant, AssessmentSource)}, noting the language the person answered in. */
    @Transactional
    public AssessmentResult submit(
            UUID personId,
            String instrumentCode,
            List<Answer> answers,
            Instant completedAt,
            AssessmentSource source,
            String language) {
        Instrument instrument = catalogue.get(instrumentCode);
        Person person = activePerson(personId);
        Instant now = clock.instant();
        Instant completed = checkedCompletion(completedAt, now);
        ScoredResponse scored = instrument.score(answers);

        Assessment assessment = assessments.save(new Assessment(
                personId,
                instrument,
                scored,
                language != null ? language : person.language().code(),
                source,
                completed,
                now));

        // Any positive answer to the safety item starts the safety workflow, whatever the total.
        if (scored.flags().contains(AssessmentFlag.SELF_HARM_RISK)) {
            assessment.linkCrisisRequest(crisisDesk.openForScreening(personId, assessment.id()));
        }

        AssessmentResult result = assessment.toResult();
        publisher.publishEvent(new AssessmentCompleted(
                result.id(),
                personId,
                result.instrument(),
                result.score(),
                result.band(),
                result.flags(),
                source,
                result.completedAt(),
                result.crisisRequestId()));
        log.info("Stored assessment {} of person {} from {}", result.id(), personId, source);
        return result;
    }

    /** A person's own results, newest first, optionally of one instrument. */
    @Transactional(readOnly = true)
    public Page<AssessmentResult> ofPerson(UUID personId, String instrumentCode, Pageable page) {
        return assessments
                .ofPerson(personId, instrumentFilter(instrumentCode), null, null, unsorted(page))
                .map(Assessment::toResult);
    }

    /** One of the person's own results, or a 404 that does not say whether it exists for someone else. */
    @Transactional(readOnly = true)
    AssessmentResult ownedBy(UUID personId, UUID assessmentId) {
        return assessments
                .findById(assessmentId)
                .filter(assessment -> assessment.personId().equals(personId))
                .map(Assessment::toResult)
                .orElseThrow(() -> new NotFoundException("No such result."));
    }

    /**
     * A user's results for the volunteer or psychologist assigned to them; for anyone else a 404, as if the user did
     * not exist. Each read is recorded in the audit trail.
     */
    @Transactional
    Page<AssessmentResult> ofClient(Actor helper, UUID clientId, String instrumentCode, Pageable page) {
        if (!careTeam.isAssigned(helper.requirePerson(), clientId)) {
            throw new NotFoundException("No such client.");
        }
        Page<AssessmentResult> results = ofPerson(clientId, instrumentCode, page);
        audit.record(AuditEntry.success(helper.auditName(), "assessment.results_read", "person", clientId));
        return results;
    }

    /**
     * A patient's results for a clinician, only under a treatment consent in force that names the clinician's
     * organisation and covers screening results, and only results completed inside the consent's data period. Without
     * such a consent the answer is the same 404 as for an unknown person. Each read goes to the disclosure log.
     */
    @Transactional
    Page<AssessmentResult> ofPatient(Actor clinician, UUID patientId, String instrumentCode, Pageable page) {
        Consent consent = screeningConsent(clinician, patientId);
        Page<Assessment> found = assessments.ofPerson(
                patientId, instrumentFilter(instrumentCode), consent.dataFrom(), consent.dataUntil(), unsorted(page));
        disclosures.record(new DisclosureRecord(
                patientId,
                consent.recipientId(),
                clinician.auditName(),
                consent.id(),
                DISCLOSURE_CHANNEL,
                List.of("AssessmentResult"),
                found.getNumberOfElements()));
        return found.map(Assessment::toResult);
    }

    private Consent screeningConsent(Actor clinician, UUID patientId) {
        if (clinician.organizationId() == null) {
            throw noSuchPatient();
        }
        return consents.inForce(patientId, clinician.organizationId(), ConsentPurpose.TREATMENT, DataCategory.SCREENING)
                .orElseThrow(Assessments::noSuchPatient);
    }

    private String instrumentFilter(String instrumentCode) {
        return instrumentCode == null || instrumentCode.isBlank()
                ? null
                : catalogue.get(instrumentCode).code();
    }

    private Person activePerson(UUID personId) {
        return people.find(personId)
                .filter(Person::isActive)
                .orElseThrow(() -> new NotFoundException("No such person."));
    }

    private static Instant checkedCompletion(Instant completedAt, Instant now) {
        if (completedAt == null) {
            return now;
        }
        if (completedAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidRequestException("completed-in-future", "completedAt lies in the future.");
        }
        if (completedAt.isBefore(now.minus(MAX_AGE))) {
            throw new InvalidRequestException(
                    "completed-too-long-ago", "completedAt lies more than " + MAX_AGE.toDays() + " days back.");
        }
        return completedAt;
    }

    /** The order is fixed (newest first, in the query): sorting by arbitrary columns is not offered. */
    private static Pageable unsorted(Pageable page) {
        return page.isPaged() ? PageRequest.of(page.getPageNumber(), page.getPageSize()) : Pageable.unpaged();
    }

    private static NotFoundException noSuchPatient() {
        return new NotFoundException("No such patient.");
    }
}
