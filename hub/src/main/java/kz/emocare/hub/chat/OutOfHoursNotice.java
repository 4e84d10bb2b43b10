package kz.emocare.hub.chat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import kz.emocare.hub.person.Language;
import org.springframework.stereotype.Component;

/**
 * The chat bot's one job: when a user writes outside the hours in which helpers usually answer, it tells them when an
 * answer can be expected and which help lines answer right now. It speaks the user's language and repeats itself in
 * a conversation at most once per notice interval, so a user who writes several messages at night gets one notice.
 */
@Component
class OutOfHoursNotice {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    private static final Map<Language, String> TEMPLATES = Map.of(
            Language.EN,
            "Thank you for your message. Your helper usually answers between %s and %s and will reply when back."
                    + " If you need help right now, call %s.",
            Language.RU,
            "Спасибо за сообщение. Ваш помощник обычно отвечает с %s до %s и ответит, когда вернётся."
                    + " Если помощь нужна прямо сейчас, позвоните: %s.",
            Language.KK,
            "Хабарламаңызға рахмет. Көмекшіңіз әдетте %s–%s аралығында жауап береді және оралған соң жауап жазады."
                    + " Көмек дәл қазір керек болса, қоңырау шалыңыз: %s.");

    private static final Map<Language, String> OR =
            Map.of(Language.EN, " or ", Language.RU, " или ", Language.KK, " немесе ");

    private final ChatProperties properties;
    private final Clock clock;

    OutOfHoursNotice(ChatProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether helpers are outside their usual hours now. */
    boolean outOfHours() {
        ChatProperties.HelperHours hours = properties.helperHours();
        LocalTime local = clock.instant().atZone(hours.zone()).toLocalTime();
        return !hours.covers(local);
    }

    /** Since when an earlier notice in the conversation makes a new one unnecessary. */
    Instant repeatAfter() {
        return clock.instant().minus(properties.noticeInterval());
    }

    /** The notice in the language, English when the language is unknown. */
    String text(Language language) {
        Language chosen = Optional.ofNullable(language).orElse(Language.EN);
        ChatProperties.HelperHours hours = properties.helperHours();
        return TEMPLATES
                .get(chosen)
                .formatted(
                        HOURS.format(hours.opensAt()),
                        HOURS.format(hours.closesAt()),
                        String.join(OR.get(chosen), properties.helpLineNumbers()));
    }
}
