package kz.emocare.hub.crisis;

import java.util.List;
import java.util.regex.Pattern;
import kz.emocare.hub.platform.LocalizedText;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Crisis settings. The help lines live in {@code application.yml} (150 and 112 for Kazakhstan), so an operator can
 * change a number without a release; the hub refuses to start without at least one line.
 *
 * @param helpLines the lines shown to a person who asks for help, in the order shown
 */
@ConfigurationProperties("emocare.crisis")
public record CrisisProperties(List<Line> helpLines) {

    private static final Pattern DIALABLE = Pattern.compile("\\+?[0-9][0-9 -]{1,19}");

    public CrisisProperties {
        if (helpLines == null || helpLines.isEmpty()) {
            throw new IllegalArgumentException("emocare.crisis.help-lines must name at least one help line");
        }
        helpLines = List.copyOf(helpLines);
    }

    /**
     * One configured help line.
     *
     * @param number what to dial, e.g. {@code 150}
     * @param name who answers, in kk, ru and en
     * @param availability when and in which languages, in kk, ru and en
     */
    public record Line(String number, LocalizedText name, LocalizedText availability) {

        public Line {
            if (number == null || !DIALABLE.matcher(number).matches()) {
                throw new IllegalArgumentException("a help line number must be dialable digits, was " + number);
            }
            if (name == null || availability == null) {
                throw new IllegalArgumentException("help line " + number + " needs a name and an availability");
            }
        }
    }
}
