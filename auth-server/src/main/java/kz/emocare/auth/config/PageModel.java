package kz.emocare.auth.config;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What every page needs: links that switch the language of the very page shown (its query kept). */
@ControllerAdvice
class PageModel {

    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks(HttpServletRequest request) {
        Map<String, String> links = new LinkedHashMap<>();
        for (String language : new String[] {"kk", "ru", "en"}) {
            UriComponentsBuilder link = UriComponentsBuilder.fromPath(request.getRequestURI());
            if ("GET".equals(request.getMethod()) && request.getQueryString() != null) {
                link.query(request.getQueryString());
            }
            links.put(language, link.replaceQueryParam("lang", language).build().toUriString());
        }
        return links;
    }
}
