package kz.emocare.hub.person;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import kz.emocare.contracts.identity.Role;
import kz.emocare.hub.audit.AuditEntry;
import kz.emocare.hub.audit.AuditTrail;
import kz.emocare.hub.platform.Actor;
import kz.emocare.hub.platform.ConflictException;
import kz.emocare.hub.platform.InvalidRequestException;
import kz.emocare.hub.platform.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which volunteers and psychologists look after which users. Chat, test results and the crisis queue ask here
 * whether a helper may see a user.
 */
@Service
public class CareTeam {

    private final CareAssignmentRepository assignments;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;

    CareTeam(CareAssignmentRepository assignments, People people, AuditTrail audit, Clock clock) {
        this.assignments = assignments;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the helper currently looks after the client. */
    @Transactional(readOnly = true)
    public boolean isAssigned(UUID helperId, UUID clientId) {
        return assignments.existsByClientIdAndHelperIdAndEndedAtIsNull(clientId, helperId);
    }

    @Transactional(readOnly = true)
    public List<CareAssignment> helpersOf(UUID clientId) {
        return assignments.findByClientIdAndEndedAtIsNull(clientId);
    }

    @Transactional(readOnly = true)
    public Page<CareAssignment> clientsOf(UUID helperId, Pageable page) {
        return assignments.findByHelperIdAndEndedAtIsNull(helperId, page);
    }

    /** An administrator assigns a volunteer or psychologist to a user. */
    @Transactional
    public CareAssignment assign(UUID clientId, UUID helperId, Actor administrator) {
        Person client = people.get(clientId);
        Person helper = people.get(helperId);
        if (!client.roles().contains(Role.USER)) {
            throw new InvalidRequestException("not-a-user", "Only users are assigned to helpers.");
        }
        Role helperRole = helper.roles().contains(Role.PSYCHOLOGIST)
                ? Role.PSYCHOLOGIST
                : helper.roles().contains(Role.VOLUNTEER) ? Role.VOLUNTEER : null;
        if (helperRole == null) {
            throw new InvalidRequestException("not-a-helper", "Only volunteers and psychologists can be assigned.");
        }
        if (isAssigned(helperId, clientId)) {
            throw new ConflictException("already-assigned", "This helper is already assigned to this user.");
        }
        CareAssignment assignment =
                assignments.save(new CareAssignment(clientId, helperId, helperRole, clock.instant()));
        audit.record(AuditEntry.success(administrator.auditName(), "care.assigned", "assignment", assignment.id()));
        return assignment;
    }

    /** Ends an assignment; the helper loses access to the user's data from now on. */
    @Transactional
    public void end(UUID assignmentId, Actor administrator) {
        CareAssignment assignment =
                assignments.findById(assignmentId).orElseThrow(() -> new NotFoundException("No such assignment."));
        assignment.end(clock.instant());
        audit.record(AuditEntry.success(administrator.auditName(), "care.ended", "assignment", assignmentId));
    }
}
