package kz.emocare.hub.assessment;

import java.util.UUID;
import kz.emocare.hub.person.PersonalDataSection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's self-test results in an export, with every answer. Erasure removes the answers, flags and links and keeps
 * instrument, score, band and time tied to the pseudonymised person: published band counts then neither change nor
 * reveal, by comparing reports before and after, what the person had.
 */
@Component
class AssessmentDataSection implements PersonalDataSection {

    private final AssessmentRepository assessments;

    AssessmentDataSection(AssessmentRepository assessments) {
        this.assessments = assessments;
    }

    @Override
    public String name() {
        return "assessments";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(UUID personId) {
        return assessments.findByPersonIdOrderByCompletedAtAsc(personId).stream()
                .map(Assessment::toResult)
                .toList();
    }

    @Override
    @Transactional
    public void erase(UUID personId) {
        assessments.findByPersonIdOrderByCompletedAtAsc(personId).forEach(Assessment::eraseDetail);
    }
}
