package kz.emocare.hub.crisis;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.emocare.contracts.identity.Role;
import kz.emocare.hub.person.Language;
import kz.emocare.hub.person.People;
import kz.emocare.hub.person.Person;
import kz.emocare.hub.platform.Actor;
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
        name = "Crisis help",
        description = "The help lines, the help button, and the psychologists' crisis queue (acknowledge, resolve).")
@RestController
@RequestMapping("/api/v1")
class CrisisController {

    private final CrisisDesk desk;
    private final HelpLines helpLines;
    private final People people;
    private final Clock clock;

    CrisisController(CrisisDesk desk, HelpLines helpLines, People people, Clock clock) {
        this.desk = desk;
        this.helpLines = helpLines;
        this.people = people;
        this.clock = clock;
    }

    @Operation(summary = "The help lines to call now (public, no token needed)")
    @GetMapping("/help-lines")
    List<HelpLines.HelpLine> helpLines(
            @RequestParam(defaultValue = "kk") @Pattern(regexp = "(?i)kk|ru|en", message = "must be kk, ru or en")
                    String language) {
        return helpLines.in(language);
    }

    @Operation(
            summary = "Ask for help (the help button)",
            description = "Opens a crisis request and answers with the help lines to call at once. A person has one "
                    + "active request at a time: pressing again adds to it (200) instead of opening another (201).")
    @PostMapping("/me/crisis-requests")
    @PreAuthorize("hasRole('USER')")
    ResponseEntity<CrisisViews.HelpAnswer> askForHelp(
            Actor actor, @Valid @RequestBody(required = false) HelpBody body) {
        UUID personId = actor.requirePerson();
        CrisisDesk.Raised raised =
                desk.raise(personId, body == null ? CrisisRequest.HelpRequest.NONE : body.toHelpRequest());
        CrisisViews.HelpAnswer answer = new CrisisViews.HelpAnswer(
                CrisisViews.OwnView.of(raised.request()), !raised.opened(), helpLines.in(languageOf(personId)));
        if (!raised.opened()) {
            return ResponseEntity.ok(answer);
        }
        return ResponseEntity.created(URI.create(
                        "/api/v1/me/crisis-requests/" + raised.request().id()))
                .body(answer);
    }

    @Operation(summary = "My crisis requests, newest first")
    @GetMapping("/me/crisis-requests")
    @PreAuthorize("hasRole('USER')")
    Page<CrisisViews.OwnView> mine(Actor actor, Pageable page) {
        return desk.ofPerson(actor.requirePerson(), page).map(CrisisViews.OwnView::of);
    }

    @Operation(summary = "One of my crisis requests")
    @GetMapping("/me/crisis-requests/{requestId}")
    @PreAuthorize("hasRole('USER')")
    CrisisViews.OwnView mine(Actor actor, @PathVariable UUID requestId) {
        return CrisisViews.OwnView.of(desk.ownedBy(actor.requirePerson(), requestId));
    }

    @Operation(
            summary = "The crisis queue, oldest first, with waiting times",
            description = "Psychologists see every request (default: open and acknowledged; scope MINE or UNASSIGNED "
                    + "narrows it); volunteers see the requests of the users assigned to them.")
    @GetMapping("/crisis-requests")
    @PreAuthorize("hasAnyRole('PSYCHOLOGIST', 'VOLUNTEER')")
    Page<CrisisViews.StaffView> queue(
            Actor actor,
            @RequestParam(required = false) Set<CrisisState> state,
            @RequestParam(required = false) CrisisSource source,
            @RequestParam(required = false) CrisisDesk.QueueScope scope,
            Pageable page) {
        Instant now = clock.instant();
        return desk.queue(actor, new CrisisDesk.QueueFilter(state, source, scope), page)
                .map(request -> staffView(actor, request, now));
    }

    @Operation(summary = "One crisis request (psychologists; volunteers for their assigned users)")
    @GetMapping("/crisis-requests/{requestId}")
    @PreAuthorize("hasAnyRole('PSYCHOLOGIST', 'VOLUNTEER')")
    CrisisViews.StaffView one(Actor actor, @PathVariable UUID requestId) {
        return staffView(actor, desk.visibleTo(actor, requestId), clock.instant());
    }

    @Operation(
            summary = "Acknowledge a request and take it (psychologists)",
            description = "One action: the request becomes ACKNOWLEDGED and yours; the time to acknowledgement is "
                    + "recorded. Only an OPEN request can be acknowledged (else 409).")
    @PostMapping("/crisis-requests/{requestId}/acknowledgement")
    @PreAuthorize("hasRole('PSYCHOLOGIST')")
    CrisisViews.StaffView acknowledge(Actor actor, @PathVariable UUID requestId) {
        return staffView(actor, desk.acknowledge(actor, requestId), clock.instant());
    }

    @Operation(
            summary = "Resolve a request you took, with an outcome and a note (psychologists)",
            description = "Only an ACKNOWLEDGED request can be resolved (an OPEN one answers 409: acknowledge first), "
                    + "and only by the psychologist who took it.")
    @PostMapping("/crisis-requests/{requestId}/resolution")
    @PreAuthorize("hasRole('PSYCHOLOGIST')")
    CrisisViews.StaffView resolve(Actor actor, @PathVariable UUID requestId, @Valid @RequestBody Resolution body) {
        return staffView(actor, desk.resolve(actor, requestId, body.outcome(), body.note()), clock.instant());
    }

    private CrisisViews.StaffView staffView(Actor actor, CrisisRequest request, Instant now) {
        Person person = people.find(request.personId()).orElse(null);
        return CrisisViews.StaffView.of(request, person, actor.has(Role.PSYCHOLOGIST), now);
    }

    private String languageOf(UUID personId) {
        return people.find(personId).map(Person::language).orElse(Language.KK).code();
    }

    /**
     * What the help button may send; everything is optional.
     *
     * @param callBackPhone digits with an optional leading +, spaces, dashes and brackets
     */
    record HelpBody(
            @Size(max = 500) String message,
            Boolean callBack,

            @Pattern(regexp = "\\+?[0-9][0-9 ()-]{4,24}", message = "must be a phone number")
            String callBackPhone) {

        CrisisRequest.HelpRequest toHelpRequest() {
            return new CrisisRequest.HelpRequest(message, Boolean.TRUE.equals(callBack), callBackPhone);
        }
    }

    record Resolution(
            @NotNull CrisisOutcome outcome,
            @NotBlank @Size(max = 1000) String note) {}
}
