package kz.emocare.hub.consent;

import java.time.Clock;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records every disclosure of a person's data; the person can read their own log. */
@Service
public class DisclosureLog {

    private final DisclosureRepository disclosures;
    private final Clock clock;

    DisclosureLog(DisclosureRepository disclosures, Clock clock) {
        this.disclosures = disclosures;
        this.clock = clock;
    }

    /** Writes one entry; joins the caller's transaction so the record and the disclosure go together. */
    @Transactional
    public Disclosure record(DisclosureRecord record) {
        return disclosures.save(new Disclosure(record, clock.instant()));
    }

    @Transactional(readOnly = true)
    public Page<Disclosure> ofPerson(UUID personId, Pageable page) {
        return disclosures.findByPersonId(personId, page);
    }
}
