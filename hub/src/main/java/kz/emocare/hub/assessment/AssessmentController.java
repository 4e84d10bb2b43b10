package kz.emocare.hub.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.emocare.hub.crisis.HelpLines;
import kz.emocare.hub.platform.Actor;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "Self-test results",
        description = "Take a self-test and see my results; assigned helpers and consented clinicians see a user's.")
@RestController
@RequestMapping("/api/v1")
class AssessmentController {

    private final Assessments assessments;
    private final InstrumentCatalogue catalogue;
    private final HelpLines helpLines;
    private final ViewerLanguage viewerLanguage;

    AssessmentController(
            Assessments assessments,
            InstrumentCatalogue catalogue,
            HelpLines helpLines,
            ViewerLanguage viewerLanguage) {
        this.assessments = assessments;
        this.catalogue = catalogue;
        this.helpLines = helpLines;
        this.viewerLanguage = viewerLanguage;
    }

    @Operation(
            summary = "Submit my answers to a self-test",
            description = "Every item answered exactly once with a value of the answer options; otherwise 422 and "
                    + "nothing is stored. A positive PHQ-9 or PHQ-A item 9 opens a crisis request, and the answer "
                    + "then carries the help lines.")
    @PostMapping("/me/assessments")
    @PreAuthorize("hasRole('USER')")
    ResponseEntity<AssessmentViews.Submission> submit(Actor actor, @Valid @RequestBody ResponseBody body) {
        String language = viewerLanguage.of(actor, body.language());
        List<Answer> answers = body.answers().stream()
                .map(answer -> new Answer(answer.item(), answer.value()))
                .toList();
        AssessmentResult result;
        try {
            result = assessments.submit(
                    actor.requirePerson(),
                    body.instrument(),
                    answers,
                    body.completedAt(),
                    AssessmentSource.APP,
                    language);
        } catch (DataIntegrityViolationException | ConcurrencyFailureException concurrentCrisisRequest) {
            // A help-button press opened the person's crisis request at the same moment: submit once more, now
            // joining that request.
            result = assessments.submit(
                    actor.requirePerson(),
                    body.instrument(),
                    answers,
                    body.completedAt(),
                    AssessmentSource.APP,
                    language);
        }
        AssessmentViews.Submission submission = new AssessmentViews.Submission(
                AssessmentViews.ResultView.of(result, catalogue, language),
                result.crisisRequestId() == null ? null : helpLines.in(language));
        return ResponseEntity.created(URI.create("/api/v1/me/assessments/" + result.id()))
                .body(submission);
    }

    @Operation(summary = "My results, newest first", description = "Filter by instrument code, e.g. PHQ-9.")
    @GetMapping("/me/assessments")
    @PreAuthorize("hasRole('USER')")
    Page<AssessmentViews.ResultView> mine(
            Actor actor, @RequestParam(required = false) @Size(max = 16) String instrument, Pageable page) {
        String language = viewerLanguage.of(actor, null);
        return assessments
                .ofPerson(actor.requirePerson(), instrument, page)
                .map(result -> AssessmentViews.ResultView.of(result, catalogue, language));
    }

    @Operation(summary = "One of my results")
    @GetMapping("/me/assessments/{assessmentId}")
    @PreAuthorize("hasRole('USER')")
    AssessmentViews.ResultView mine(Actor actor, @PathVariable UUID assessmentId) {
        return AssessmentViews.ResultView.of(
                assessments.ownedBy(actor.requirePerson(), assessmentId), catalogue, viewerLanguage.of(actor, null));
    }

    @Operation(
            summary = "A user's results (the volunteer or psychologist assigned to the user)",
            description = "404 for anyone not assigned to the user. Every read is audited.")
    @GetMapping("/clients/{personId}/assessments")
    @PreAuthorize("hasAnyRole('VOLUNTEER', 'PSYCHOLOGIST')")
    Page<AssessmentViews.ResultView> ofClient(
            Actor actor,
            @PathVariable UUID personId,
            @RequestParam(required = false) @Size(max = 16) String instrument,
            Pageable page) {
        String language = viewerLanguage.of(actor, null);
        return assessments
                .ofClient(actor, personId, instrument, page)
                .map(result -> AssessmentViews.ResultView.of(result, catalogue, language));
    }

    @Operation(
            summary = "A patient's results (clinicians, under consent)",
            description = "Only under a treatment consent in force naming my organisation and covering screening "
                    + "results, and only results inside its data period; otherwise 404, as for an unknown person. "
                    + "Every read is recorded in the patient's disclosure log.")
    @GetMapping("/patients/{personId}/assessments")
    @PreAuthorize("hasRole('CLINICIAN')")
    Page<AssessmentViews.ResultView> ofPatient(
            Actor actor,
            @PathVariable UUID personId,
            @RequestParam(required = false) @Size(max = 16) String instrument,
            Pageable page) {
        String language = viewerLanguage.of(actor, null);
        return assessments
                .ofPatient(actor, personId, instrument, page)
                .map(result -> AssessmentViews.ResultView.of(result, catalogue, language));
    }

    /**
     * A response to an instrument.
     *
     * @param language the language the person read the test in (kk, ru, en); default: their own
     * @param completedAt when the person finished; default: now
     */
    record ResponseBody(
            @NotBlank @Size(max = 16) String instrument,
            @NotNull @Size(max = 50) List<@NotNull @Valid AnswerBody> answers,

            @Pattern(regexp = "(?i)kk|ru|en", message = "must be kk, ru or en")
            String language,

            Instant completedAt) {}

    record AnswerBody(
            @NotBlank @Size(max = 32) String item, @NotNull Integer value) {}
}
