package kz.emocare.hub.crisis;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import kz.emocare.hub.person.PersonalDataSection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's crisis requests in an export, with everything written about them (including the psychologists' outcome
 * notes, which the person has a right to see). Erasure removes every free text and closes an active request; the
 * states and times stay, tied to the pseudonymised person, so that crisis counts and times to acknowledgement in
 * published reports neither change nor reveal, by difference, who left.
 */
@Component
class CrisisDataSection implements PersonalDataSection {

    private final CrisisDesk desk;

    CrisisDataSection(CrisisDesk desk) {
        this.desk = desk;
    }

    @Override
    public String name() {
        return "crisisRequests";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(UUID personId) {
        return desk.allOfPerson(personId).stream()
                .map(CrisisDataSection::exported)
                .toList();
    }

    @Override
    public void erase(UUID personId) {
        desk.eraseContentOf(personId);
    }

    private static Map<String, Object> exported(CrisisRequest request) {
        Map<String, Object> exported = new LinkedHashMap<>();
        exported.put("id", request.id());
        exported.put("source", request.source());
        exported.put("assessmentId", request.assessmentId());
        exported.put("state", request.state());
        exported.put("message", request.message());
        exported.put("callBackRequested", request.callBackRequested());
        exported.put("callBackPhone", request.callBackPhone());
        exported.put("openedAt", request.openedAt());
        exported.put("acknowledgedAt", request.acknowledgedAt());
        exported.put("resolvedAt", request.resolvedAt());
        exported.put("outcome", request.outcome());
        exported.put("outcomeNote", request.outcomeNote());
        return exported;
    }
}
