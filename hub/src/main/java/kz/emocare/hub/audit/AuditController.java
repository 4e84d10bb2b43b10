package kz.emocare.hub.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import kz.emocare.contracts.audit.SecurityEvent;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Audit trail", description = "The hash-chained record of security-relevant actions.")
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    private final AuditTrail trail;
    private final AuditEventRepository events;

    AuditController(AuditTrail trail, AuditEventRepository events) {
        this.trail = trail;
        this.events = events;
    }

    @Operation(summary = "List audit events (administrators)", description = "Newest first; filter by actor, action.")
    @GetMapping("/events")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    Page<AuditEventView> listEvents(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) Instant from,
            @PageableDefault(sort = "seq", direction = Sort.Direction.DESC) Pageable page) {
        return events.search(actor, action, from, page).map(AuditEventView::of);
    }

    @Operation(
            summary = "Verify the audit chain (administrators)",
            description = "Recomputes every hash; reports the first event where the chain is broken.")
    @GetMapping("/verification")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    ChainVerification verify() {
        return trail.verify();
    }

    @Operation(
            summary = "Record a security event from Emocare ID",
            description = "For the auth-server only (scope hub.audit): sign-in attempts, second factor, resets.")
    @PostMapping("/events")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('SCOPE_hub.audit')")
    AuditEventView recordSecurityEvent(@Valid @RequestBody SecurityEventRequest request) {
        return AuditEventView.of(trail.record(request.toEntry()));
    }

    /** Validated form of {@link SecurityEvent}. */
    record SecurityEventRequest(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9_.-]+")
            String action,

            @NotBlank @Size(max = 72) String actor,
            @NotNull AuditOutcome outcome,
            @Size(max = 64) String sourceAddress,
            Instant at) {

        AuditEntry toEntry() {
            String detail =
                    "source=" + (sourceAddress == null ? "unknown" : sourceAddress) + (at == null ? "" : " at=" + at);
            return new AuditEntry("auth:" + actor, action, "account", null, outcome, detail);
        }
    }

    /** An audit event as the API shows it. */
    record AuditEventView(
            long seq,
            Instant occurredAt,
            String actor,
            String action,
            String recordType,
            String recordId,
            AuditOutcome outcome,
            String detail) {

        static AuditEventView of(AuditEvent event) {
            return new AuditEventView(
                    event.seq(),
                    event.occurredAt(),
                    event.actor(),
                    event.action(),
                    event.recordType(),
                    event.recordId(),
                    event.outcome(),
                    event.detail());
        }
    }
}
