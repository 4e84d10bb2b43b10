package kz.emocare.contracts.simulator.http;

import java.util.List;
import java.util.Map;

/**
 * The sign-in page of a simulated identity provider: the user picks one of the synthetic people (no password, it is a
 * simulator) and allows or cancels. Labels are tied to the radio buttons, the choice is a fieldset with a legend, and
 * names carry their own language.
 */
public final class PersonChoicePage {

    /** One person to choose; {@code nameLanguage} is the language of the name (for screen readers). */
    public record Choice(String value, String name, String nameLanguage, String details) {}

    private PersonChoicePage() {}

    public static String render(
            String title,
            String introduction,
            String action,
            Map<String, String> hiddenFields,
            List<Choice> choices,
            String preselected) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Html.escape(title)).append("</h1>\n");
        body.append("<p class=\"hint\">").append(Html.escape(introduction)).append("</p>\n");
        body.append("<form method=\"post\" action=\"")
                .append(Html.escape(action))
                .append("\">\n");
        hiddenFields.forEach((name, value) -> {
            if (value != null) {
                body.append("<input type=\"hidden\" name=\"")
                        .append(Html.escape(name))
                        .append("\" value=\"")
                        .append(Html.escape(value))
                        .append("\">\n");
            }
        });
        body.append("<fieldset>\n<legend>Who signs in?</legend>\n");
        for (int position = 0; position < choices.size(); position++) {
            appendChoice(body, choices.get(position), position, preselected);
        }
        body.append("</fieldset>\n");
        body.append("<button type=\"submit\" name=\"decision\" value=\"allow\">Sign in and allow access</button>\n");
        body.append("<button type=\"submit\" name=\"decision\" value=\"deny\" class=\"secondary\">Cancel</button>\n");
        body.append("</form>\n");
        return Html.page("en", title, body.toString());
    }

    /** A page that explains why the request cannot go on (never redirected). */
    public static String error(String title, String description) {
        return Html.page(
                "en",
                title,
                "<h1>" + Html.escape(title) + "</h1>\n<p role=\"alert\">" + Html.escape(description) + "</p>\n");
    }

    private static void appendChoice(StringBuilder body, Choice choice, int position, String preselected) {
        String id = "person-" + position;
        body.append("<div class=\"choice\"><input type=\"radio\" name=\"user\" id=\"")
                .append(id)
                .append("\" value=\"")
                .append(Html.escape(choice.value()))
                .append('"')
                .append(choice.value().equals(preselected) ? " checked" : "")
                .append("><label for=\"")
                .append(id)
                .append("\"><span lang=\"")
                .append(Html.escape(choice.nameLanguage()))
                .append("\">")
                .append(Html.escape(choice.name()))
                .append("</span> <span class=\"hint\">")
                .append(Html.escape(choice.details()))
                .append("</span></label></div>\n");
    }
}
