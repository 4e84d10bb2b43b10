package kz.emocare.auth.signin;

import java.security.Principal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsent;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The consent page (ASVS 10.7.1): which app asks for what, each scope explained in the page language; already granted
 * scopes are listed apart. The form posts the choice back to the authorization endpoint.
 */
@Controller
class ConsentController {

    private final RegisteredClientRepository clients;
    private final OAuth2AuthorizationConsentService consents;

    ConsentController(RegisteredClientRepository clients, OAuth2AuthorizationConsentService consents) {
        this.clients = clients;
        this.consents = consents;
    }

    @GetMapping("/oauth2/consent")
    String showConsent(
            @RequestParam("client_id") String clientId,
            @RequestParam String scope,
            @RequestParam String state,
            Principal principal,
            Model model) {
        RegisteredClient client = clients.findByClientId(clientId);
        if (client == null) {
            model.addAttribute("message", "error.unknown-client");
            return "error";
        }
        OAuth2AuthorizationConsent existing = consents.findById(client.getId(), principal.getName());
        Set<String> granted = existing == null ? Set.of() : existing.getScopes();
        Set<String> toApprove = new LinkedHashSet<>();
        Set<String> alreadyGranted = new LinkedHashSet<>();
        Arrays.stream(scope.split(" "))
                .filter(requested -> !requested.equals("openid"))
                .forEach(requested -> (granted.contains(requested) ? alreadyGranted : toApprove).add(requested));
        model.addAttribute("clientId", clientId);
        model.addAttribute("clientName", client.getClientName());
        model.addAttribute("state", state);
        model.addAttribute("scopes", toApprove);
        model.addAttribute("grantedScopes", alreadyGranted);
        return "consent";
    }
}
