package kz.emocare.hub.person;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import java.util.Map;
import kz.emocare.hub.platform.Actor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "My data", description = "Export all my data as JSON, or erase my account.")
@RestController
@RequestMapping("/api/v1/me")
class RightsController {

    private final DataSubjectRights rights;

    RightsController(DataSubjectRights rights) {
        this.rights = rights;
    }

    @Operation(summary = "Export all my data (JSON, machine-readable)")
    @GetMapping("/export")
    ResponseEntity<Map<String, Object>> export(Actor actor) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"emocare-my-data.json\"")
                .body(rights.export(actor.requirePerson()));
    }

    @Operation(
            summary = "Erase my account",
            description = "Removes or irreversibly pseudonymises my personal data, revokes my consents and unlinks "
                    + "my sign-in accounts. Requires {\"confirm\": true}. Cannot be undone.")
    @PostMapping("/erasure")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void erase(Actor actor, @Valid @RequestBody ErasureRequest request) {
        rights.erase(actor.requirePerson());
    }

    record ErasureRequest(
            @AssertTrue(message = "confirm must be true to erase the account")
            boolean confirm) {}
}
