package kz.emocare.hub.assessment;

import java.util.Locale;
import kz.emocare.hub.person.Language;
import kz.emocare.hub.person.People;
import kz.emocare.hub.person.Person;
import kz.emocare.hub.platform.Actor;
import org.springframework.stereotype.Component;

/** The language to show instruments and results in: the one asked for, else the viewer's own, else Kazakh. */
@Component
class ViewerLanguage {

    private final People people;

    ViewerLanguage(People people) {
        this.people = people;
    }

    /**
     * @param requested an ISO 639-1 code already checked to be kk, ru or en, or {@code null}
     */
    String of(Actor actor, String requested) {
        if (requested != null) {
            return requested.toLowerCase(Locale.ROOT);
        }
        if (!actor.isPerson()) {
            return Language.KK.code();
        }
        return people.find(actor.personId())
                .map(Person::language)
                .orElse(Language.KK)
                .code();
    }
}
