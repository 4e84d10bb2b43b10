package kz.emocare.hub.crisis;

import java.util.List;
import org.springframework.stereotype.Component;

/** The configured help lines in one language, as the person who asks for help sees them. */
@Component
public class HelpLines {

    private final CrisisProperties properties;

    HelpLines(CrisisProperties properties) {
        this.properties = properties;
    }

    /** The lines in the language with this ISO 639-1 code (kk, ru, en). */
    public List<HelpLine> in(String languageCode) {
        return properties.helpLines().stream()
                .map(line -> new HelpLine(
                        line.number(),
                        line.name().in(languageCode),
                        line.availability().in(languageCode)))
                .toList();
    }

    /** A help line as shown: the number to dial, who answers, and when. */
    public record HelpLine(String number, String name, String availability) {}
}
