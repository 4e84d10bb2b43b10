package kz.emocare.hub.person;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import kz.emocare.hub.platform.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "My profile", description = "The signed-in person's profile, language and accessibility preferences.")
@RestController
@RequestMapping("/api/v1/me")
class MeController {

    private final People people;
    private final CareTeam careTeam;

    MeController(People people, CareTeam careTeam) {
        this.people = people;
        this.careTeam = careTeam;
    }

    @Operation(summary = "My profile")
    @GetMapping
    PersonViews.Profile profile(Actor actor) {
        return PersonViews.Profile.of(people.get(actor.requirePerson()));
    }

    @Operation(
            summary = "Change my profile and preferences",
            description = "Fields left out stay as they are. Send disabilityCategory \"NONE\" to remove it.")
    @PatchMapping
    PersonViews.Profile updateProfile(Actor actor, @Valid @RequestBody ProfileUpdate update) {
        return PersonViews.Profile.of(people.updateProfile(actor.requirePerson(), update.toChange()));
    }

    @Operation(summary = "My volunteers and psychologists")
    @GetMapping("/helpers")
    List<PersonViews.Assignment> helpers(Actor actor) {
        return careTeam.helpersOf(actor.requirePerson()).stream()
                .map(assignment -> new PersonViews.Assignment(
                        assignment.id(),
                        assignment.clientId(),
                        null,
                        assignment.helperId(),
                        people.get(assignment.helperId()).displayName(),
                        assignment.helperRole()))
                .toList();
    }

    /** A change of one's own profile; the disability category accepts NONE to clear it. */
    record ProfileUpdate(
            @Size(min = 1, max = 200) String displayName,
            @Email @Size(max = 254) String email,
            Language language,
            TextSize textSize,
            Boolean highContrast,
            Boolean simplifiedMode,
            DisabilityChoice disabilityCategory) {

        ProfileChange toChange() {
            Optional<DisabilityCategory> disability =
                    disabilityCategory == null ? null : Optional.ofNullable(disabilityCategory.category());
            return new ProfileChange(displayName, email, language, textSize, highContrast, simplifiedMode, disability);
        }
    }

    /** The disability categories plus NONE (remove what was declared). */
    enum DisabilityChoice {
        NONE(null),
        VISUAL(DisabilityCategory.VISUAL),
        HEARING(DisabilityCategory.HEARING),
        MOBILITY(DisabilityCategory.MOBILITY),
        INTELLECTUAL(DisabilityCategory.INTELLECTUAL),
        PSYCHOSOCIAL(DisabilityCategory.PSYCHOSOCIAL),
        SPEECH(DisabilityCategory.SPEECH),
        MULTIPLE(DisabilityCategory.MULTIPLE),
        OTHER(DisabilityCategory.OTHER);

        private final DisabilityCategory category;

        DisabilityChoice(DisabilityCategory category) {
            this.category = category;
        }

        DisabilityCategory category() {
            return category;
        }
    }
}
