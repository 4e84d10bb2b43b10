package kz.emocare.contracts.simulator.http;

/** Escaping for the few HTML pages the simulators render. */
public final class Html {

    private Html() {}

    /** Escapes text for an element body or a quoted attribute. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char character : text.toCharArray()) {
            switch (character) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(character);
            }
        }
        return escaped.toString();
    }

    /** A complete, accessible page: language, viewport, readable type, visible focus, high contrast. */
    public static String page(String language, String title, String body) {
        return """
                <!doctype html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>
                body { font-family: system-ui, sans-serif; font-size: 1.125rem; line-height: 1.5; color: #1a1a1a;
                       background: #ffffff; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; }
                fieldset { border: 1px solid #555555; padding: 1rem; }
                .choice { display: flex; gap: .5rem; align-items: flex-start; padding: .4rem 0; }
                .choice input { width: 1.5rem; height: 1.5rem; margin-top: .15rem; }
                button, .button { font-size: 1rem; padding: .6rem 1.2rem; margin: 1rem .5rem 0 0; min-height: 44px;
                       border: 2px solid #0b3d91; border-radius: 4px; background: #0b3d91; color: #ffffff;
                       text-decoration: none; display: inline-block; }
                button.secondary { background: #ffffff; color: #0b3d91; }
                :focus-visible { outline: 3px solid #b35c00; outline-offset: 3px; }
                .hint { color: #4a4a4a; }
                dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
                dt { font-weight: bold; }
                </style>
                </head>
                <body>
                <main>
                %s
                </main>
                </body>
                </html>
                """.formatted(escape(language), escape(title), body);
    }
}
