package kz.emocare.hub.person;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import kz.emocare.contracts.identity.IdentityLinkRequest;
import kz.emocare.contracts.identity.IdentityProvider;
import kz.emocare.contracts.identity.IdentityResolution;
import kz.emocare.contracts.identity.IdentityResolutionRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Identities", description = "Used by Emocare ID at sign-in to resolve and link provider accounts.")
@RestController
@RequestMapping("/api/v1/identities")
@PreAuthorize("hasAuthority('SCOPE_hub.identity')")
class IdentityController {

    private final IdentityResolver resolver;

    IdentityController(IdentityResolver resolver) {
        this.resolver = resolver;
    }

    @Operation(
            summary = "Resolve a signing-in account to a person",
            description = "LINKED: known identity; CREATED: new person; PROOF_REQUIRED: a person with the same "
                    + "verified IIN exists and must prove control of their account before linking.")
    @PostMapping("/resolve")
    IdentityResolution resolve(@Valid @RequestBody ResolveRequest request) {
        return resolver.resolve(request.toContract());
    }

    @Operation(summary = "Link an account to a person after the person proved control of their existing account")
    @PostMapping("/link")
    IdentityResolution link(@Valid @RequestBody LinkRequest request) {
        return resolver.link(new IdentityLinkRequest(request.provider(), request.subject(), request.personId()));
    }

    record ResolveRequest(
            @NotNull IdentityProvider provider,
            @NotBlank @Size(max = 128) String subject,
            @NotBlank @Size(max = 200) String displayName,
            @Size(max = 254) String email,

            @Pattern(regexp = "\\d{12}", message = "an IIN has 12 digits")
            String verifiedIin,

            @Pattern(regexp = "kk|ru|en", message = "language must be kk, ru or en")
            String language) {

        IdentityResolutionRequest toContract() {
            return new IdentityResolutionRequest(provider, subject, displayName, email, verifiedIin, language);
        }
    }

    record LinkRequest(
            @NotNull IdentityProvider provider,
            @NotBlank @Size(max = 128) String subject,
            @NotNull UUID personId) {}
}
