package kz.emocare.hub.session;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import kz.emocare.hub.person.People;
import kz.emocare.hub.platform.Actor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "Therapy sessions",
        description = "Psychologists publish slots; users book a slot of their assigned psychologist; sessions end as"
                + " completed, cancelled or no-show. Users cancel up to 24 hours ahead, psychologists at any time.")
@RestController
@RequestMapping("/api/v1")
class SessionController {

    private final TherapySessions sessions;
    private final People people;

    SessionController(TherapySessions sessions, People people) {
        this.sessions = sessions;
        this.people = people;
    }

    @Operation(
            summary = "Publish a slot (psychologists)",
            description = "In the future, on a whole minute, 15–180 minutes (50 by default), not overlapping my"
                    + " other slots.")
    @PostMapping("/session-slots")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('PSYCHOLOGIST')")
    SessionViews.SlotView publish(Actor actor, @Valid @RequestBody SlotRequest request) {
        Duration duration = request.durationMinutes() == null ? null : Duration.ofMinutes(request.durationMinutes());
        return views().slot(sessions.publish(actor.requirePerson(), request.startsAt(), duration));
    }

    @Operation(summary = "My slots (psychologists)", description = "UPCOMING soonest first, or PAST latest first.")
    @GetMapping("/session-slots/mine")
    @PreAuthorize("hasRole('PSYCHOLOGIST')")
    Page<SessionViews.SlotView> mySlots(
            Actor actor, @RequestParam(defaultValue = "UPCOMING") TimeFrame when, Pageable page) {
        SessionViews.Builder views = views();
        return sessions.slotsOf(actor.requirePerson(), when, page).map(views::slot);
    }

    @Operation(
            summary = "Slots I can book (users)",
            description = "Open future slots of my assigned psychologists, soonest first; optionally of one of them.")
    @GetMapping("/session-slots")
    @PreAuthorize("hasRole('USER')")
    Page<SessionViews.SlotView> bookableSlots(
            Actor actor, @RequestParam(required = false) UUID psychologistId, Pageable page) {
        SessionViews.Builder views = views();
        return sessions.bookableFor(actor.requirePerson(), psychologistId, page).map(views::slot);
    }

    @Operation(summary = "Withdraw one of my open slots (psychologists)", description = "409 when it is booked.")
    @DeleteMapping("/session-slots/{slotId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('PSYCHOLOGIST')")
    void withdraw(Actor actor, @PathVariable UUID slotId) {
        sessions.withdraw(actor.requirePerson(), slotId);
    }

    @Operation(
            summary = "Book a slot (users)",
            description = "Only slots of my assigned psychologist. 409 when someone else booked it first.")
    @PostMapping("/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('USER')")
    SessionViews.SessionView book(Actor actor, @Valid @RequestBody BookingRequest request) {
        return views().session(sessions.book(actor.requirePerson(), request.slotId()));
    }

    @Operation(
            summary = "My sessions",
            description = "As user or as psychologist: UPCOMING soonest first (including one in progress), or PAST"
                    + " latest first.")
    @GetMapping("/sessions")
    Page<SessionViews.SessionView> mySessions(
            Actor actor, @RequestParam(defaultValue = "UPCOMING") TimeFrame when, Pageable page) {
        SessionViews.Builder views = views();
        return sessions.sessionsOf(actor.requirePerson(), when, page).map(views::session);
    }

    @Operation(summary = "One of my sessions, with its meeting link")
    @GetMapping("/sessions/{sessionId}")
    SessionViews.SessionView get(Actor actor, @PathVariable UUID sessionId) {
        return views().session(sessions.participating(actor.requirePerson(), sessionId));
    }

    @Operation(
            summary = "Cancel a session",
            description = "Users up to 24 hours before the start (409 cancellation-notice-too-short after that);"
                    + " psychologists at any time, with a reason.")
    @PostMapping("/sessions/{sessionId}/cancel")
    SessionViews.SessionView cancel(
            Actor actor,
            @PathVariable UUID sessionId,
            @Valid @RequestBody(required = false) CancellationRequest request) {
        String reason = request == null ? null : request.reason();
        return views().session(sessions.cancel(actor.requirePerson(), sessionId, reason));
    }

    @Operation(summary = "Mark a started session as held (its psychologist)")
    @PostMapping("/sessions/{sessionId}/complete")
    @PreAuthorize("hasRole('PSYCHOLOGIST')")
    SessionViews.SessionView complete(Actor actor, @PathVariable UUID sessionId) {
        return views().session(sessions.complete(actor.requirePerson(), sessionId));
    }

    @Operation(summary = "Mark that the user did not come to a started session (its psychologist)")
    @PostMapping("/sessions/{sessionId}/no-show")
    @PreAuthorize("hasRole('PSYCHOLOGIST')")
    SessionViews.SessionView noShow(Actor actor, @PathVariable UUID sessionId) {
        return views().session(sessions.markNoShow(actor.requirePerson(), sessionId));
    }

    private SessionViews.Builder views() {
        return new SessionViews.Builder(people, sessions);
    }

    /** @param durationMinutes 15 to 180; 50 when left out */
    record SlotRequest(
            @NotNull Instant startsAt,

            @Min(SessionSlot.SHORTEST_MINUTES) @Max(SessionSlot.LONGEST_MINUTES)
            Integer durationMinutes) {}

    record BookingRequest(@NotNull UUID slotId) {}

    record CancellationRequest(
            @Size(max = TherapySession.MAX_REASON_LENGTH) String reason) {}
}
