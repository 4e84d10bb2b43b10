package kz.emocare.auth.smart;

import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /smart/launch} {@code {"patient": "<person id>"}} → 201 {@code {"launch": "…", "expires_in": 300}}.
 * Called with a client-credentials token holding scope {@code smart.launch} (the medical system's launcher).
 */
@RestController
class LaunchController {

    private final LaunchContexts launchContexts;

    LaunchController(LaunchContexts launchContexts) {
        this.launchContexts = launchContexts;
    }

    @PostMapping("/smart/launch")
    ResponseEntity<Map<String, Object>> createLaunch(
            @RequestBody Map<String, Object> body, @AuthenticationPrincipal Jwt caller) {
        Object patient = body.get("patient");
        if (!(patient instanceof String text) || !isUuid(text)) {
            return ResponseEntity.badRequest()
                    .body(Map.of("error", "invalid_request", "error_description", "patient must be a person id"));
        }
        String launch = launchContexts.create(text, caller.getSubject());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Map.of("launch", launch, "expires_in", LaunchContexts.LIFETIME.toSeconds()));
    }

    private static boolean isUuid(String text) {
        try {
            UUID.fromString(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
