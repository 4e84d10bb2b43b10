package kz.emocare.hub.person;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.emocare.hub.audit.AuditEntry;
import kz.emocare.hub.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Access, portability and erasure (GDPR Arts. 15, 17, 20): a person exports all their data as JSON, or erases their
 * account. Both are recorded in the audit trail. Erasure is one transaction: either every feature removed the
 * person's data, or nothing changed.
 */
@Service
public class DataSubjectRights {

    private static final Logger log = LoggerFactory.getLogger(DataSubjectRights.class);

    private final People people;
    private final ExternalIdentityRepository identities;
    private final CareAssignmentRepository assignments;
    private final List<PersonalDataSection> sections;
    private final AuditTrail audit;
    private final Clock clock;

    DataSubjectRights(
            People people,
            ExternalIdentityRepository identities,
            CareAssignmentRepository assignments,
            List<PersonalDataSection> sections,
            AuditTrail audit,
            Clock clock) {
        this.people = people;
        this.identities = identities;
        this.assignments = assignments;
        this.sections = sections;
        this.audit = audit;
        this.clock = clock;
    }

    /** Everything the hub holds about the person, section by section. */
    @Transactional
    public Map<String, Object> export(UUID personId) {
        Person person = people.get(personId);
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("exportedAt", clock.instant());
        export.put("profile", PersonViews.Profile.of(person));
        export.put(
                "linkedAccounts",
                identities.findByPersonId(personId).stream()
                        .map(identity -> Map.of(
                                "system", identity.system(),
                                "externalId", identity.externalId(),
                                "linkedAt", identity.linkedAt()))
                        .toList());
        export.put(
                "careAssignments",
                assignments.findByClientIdOrHelperId(personId, personId).stream()
                        .map(assignment -> Map.of(
                                "clientId", assignment.clientId(),
                                "helperId", assignment.helperId(),
                                "helperRole", assignment.helperRole(),
                                "since", assignment.createdAt()))
                        .toList());
        sections.forEach(section -> export.put(section.name(), section.export(personId)));
        audit.record(AuditEntry.success(personId.toString(), "person.exported", "person", personId));
        return export;
    }

    /** Erases the account: every feature's data, the linked accounts, then the identifying fields of the person. */
    @Transactional
    public void erase(UUID personId) {
        Person person = people.get(personId);
        sections.forEach(section -> section.erase(personId));
        identities.deleteAll(identities.findByPersonId(personId));
        assignments.findByClientIdOrHelperId(personId, personId).forEach(assignment -> assignment.end(clock.instant()));
        person.erase(clock.instant());
        audit.record(AuditEntry.success(personId.toString(), "person.erased", "person", personId));
        log.info("Erased person {} across {} data sections", personId, sections.size());
    }
}
