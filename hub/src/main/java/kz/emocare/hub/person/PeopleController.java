package kz.emocare.hub.person;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import kz.emocare.contracts.identity.Role;
import kz.emocare.hub.platform.Actor;
import kz.emocare.hub.platform.ForbiddenException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "People", description = "Administrators manage people, roles and care assignments; helpers see theirs.")
@RestController
@RequestMapping("/api/v1")
class PeopleController {

    private final People people;
    private final CareTeam careTeam;

    PeopleController(People people, CareTeam careTeam) {
        this.people = people;
        this.careTeam = careTeam;
    }

    @Operation(summary = "List people (administrators)", description = "Filter by role and part of the name.")
    @GetMapping("/people")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    Page<PersonViews.Summary> list(
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) @Size(max = 100) String name,
            @PageableDefault(sort = "displayName", direction = Sort.Direction.ASC) Pageable page) {
        return people.search(role, name, page).map(PersonViews.Summary::of);
    }

    @Operation(summary = "Create a person, e.g. a volunteer or psychologist (administrators)")
    @PostMapping("/people")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    PersonViews.Summary create(Actor actor, @Valid @RequestBody NewPersonRequest request) {
        return PersonViews.Summary.of(people.create(request.toNewPerson(), actor.auditName()));
    }

    @Operation(summary = "One person (administrators; helpers for users assigned to them)")
    @GetMapping("/people/{personId}")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'VOLUNTEER', 'PSYCHOLOGIST')")
    PersonViews.Summary get(Actor actor, @PathVariable UUID personId) {
        if (!actor.has(Role.ADMINISTRATOR) && !careTeam.isAssigned(actor.requirePerson(), personId)) {
            throw new ForbiddenException("You may see only the users assigned to you.");
        }
        return PersonViews.Summary.of(people.get(personId));
    }

    @Operation(summary = "Replace a person's roles (administrators)")
    @PutMapping("/people/{personId}/roles")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    PersonViews.Summary replaceRoles(Actor actor, @PathVariable UUID personId, @Valid @RequestBody RolesRequest body) {
        return PersonViews.Summary.of(people.replaceRoles(personId, body.roles(), actor));
    }

    @Operation(summary = "Assign a volunteer or psychologist to a user (administrators)")
    @PostMapping("/assignments")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    PersonViews.Assignment assign(Actor actor, @Valid @RequestBody AssignmentRequest request) {
        CareAssignment assignment = careTeam.assign(request.clientId(), request.helperId(), actor);
        return view(assignment);
    }

    @Operation(summary = "End a care assignment (administrators)")
    @DeleteMapping("/assignments/{assignmentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    void endAssignment(Actor actor, @PathVariable UUID assignmentId) {
        careTeam.end(assignmentId, actor);
    }

    @Operation(summary = "The users assigned to me (volunteers and psychologists)")
    @GetMapping("/me/clients")
    @PreAuthorize("hasAnyRole('VOLUNTEER', 'PSYCHOLOGIST')")
    Page<PersonViews.Assignment> myClients(Actor actor, @PageableDefault Pageable page) {
        return careTeam.clientsOf(actor.requirePerson(), page).map(this::view);
    }

    private PersonViews.Assignment view(CareAssignment assignment) {
        return new PersonViews.Assignment(
                assignment.id(),
                assignment.clientId(),
                people.get(assignment.clientId()).displayName(),
                assignment.helperId(),
                people.get(assignment.helperId()).displayName(),
                assignment.helperRole());
    }

    record NewPersonRequest(
            @NotBlank @Size(max = 200) String displayName,
            @Email @Size(max = 254) String email,
            @NotNull Language language,
            @NotEmpty Set<Role> roles,
            UserCategory userCategory,

            @Pattern(regexp = "\\d{12}", message = "an IIN has 12 digits")
            String iin,

            UUID organizationId) {

        People.NewPerson toNewPerson() {
            return new People.NewPerson(null, displayName, email, language, roles, userCategory, iin, organizationId);
        }
    }

    record RolesRequest(@NotEmpty Set<Role> roles) {}

    record AssignmentRequest(
            @NotNull UUID clientId, @NotNull UUID helperId) {}
}
