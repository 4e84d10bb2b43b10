package kz.emocare.hub.access;

import static kz.emocare.hub.access.Who.OWNER;

import java.util.List;
import org.springframework.http.HttpMethod;

/**
 * Consents are reached only under {@code /me}: every person manages their own, and nobody can name another person's
 * consent (a foreign consent id answers 404).
 */
class ConsentAccessRows implements AccessRows {

    @Override
    public List<Row> rows() {
        return List.of(
                Row.call(
                        HttpMethod.POST,
                        "/api/v1/me/consents",
                        world -> new Object[0],
                        (world, who) -> "{\"recipientId\":\"" + world.clinic.id()
                                + "\",\"purpose\":\"TREATMENT\",\"categories\":[\"MOOD\"]}",
                        Who.everyPerson()),
                Row.get("/api/v1/me/consents", Who.everyPerson()),
                Row.get(
                        "/api/v1/me/consents/{consentId}",
                        world -> new Object[] {world.treatmentConsent.id()},
                        Who.only(OWNER)),
                Row.get(
                        "/api/v1/me/consents/{consentId}/history",
                        world -> new Object[] {world.treatmentConsent.id()},
                        Who.only(OWNER)),
                Row.call(
                        HttpMethod.POST,
                        "/api/v1/me/consents/{consentId}/revoke",
                        world -> new Object[] {world.freshConsentOfOwner().id()},
                        null,
                        Who.only(OWNER)),
                Row.get("/api/v1/me/disclosures", Who.everyPerson()));
    }
}
