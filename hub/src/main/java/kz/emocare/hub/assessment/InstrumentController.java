package kz.emocare.hub.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import kz.emocare.hub.platform.Actor;
import kz.emocare.hub.platform.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Self-test instruments", description = "PHQ-9, GAD-7, PHQ-A and WHO-5 with their codes, in kk, ru or en.")
@RestController
@RequestMapping("/api/v1/instruments")
class InstrumentController {

    private final InstrumentCatalogue catalogue;
    private final ViewerLanguage viewerLanguage;

    InstrumentController(InstrumentCatalogue catalogue, ViewerLanguage viewerLanguage) {
        this.catalogue = catalogue;
        this.viewerLanguage = viewerLanguage;
    }

    @Operation(summary = "The self-test instruments", description = "Language: kk, ru or en; default: my own.")
    @GetMapping
    Page<AssessmentViews.InstrumentSummary> list(
            Actor actor,
            @RequestParam(required = false) @Pattern(regexp = "(?i)kk|ru|en", message = "must be kk, ru or en")
                    String language,
            Pageable page) {
        String shownIn = viewerLanguage.of(actor, language);
        List<AssessmentViews.InstrumentSummary> all = catalogue.all().stream()
                .map(instrument -> AssessmentViews.InstrumentSummary.of(instrument, shownIn))
                .toList();
        int from = (int) Math.min(page.getOffset(), all.size());
        int to = Math.min(from + page.getPageSize(), all.size());
        return new PageImpl<>(all.subList(from, to), page, all.size());
    }

    @Operation(
            summary = "One instrument with its items, answer options and bands",
            description = "Code: PHQ-9, GAD-7, PHQ-A or WHO-5 (any case). Language: kk, ru or en; default: my own.")
    @GetMapping("/{code}")
    AssessmentViews.InstrumentDetail get(
            Actor actor,
            @PathVariable @Size(max = 16) String code,
            @RequestParam(required = false) @Pattern(regexp = "(?i)kk|ru|en", message = "must be kk, ru or en")
                    String language) {
        Instrument instrument = catalogue.find(code).orElseThrow(() -> new NotFoundException("No such instrument."));
        return AssessmentViews.InstrumentDetail.of(instrument, viewerLanguage.of(actor, language));
    }
}
