package kz.emocare.hub.session;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * Names a video room for each session: the configured base URL followed by 192 random bits (base64url), so a link
 * cannot be guessed from another and is shown only to the session's two participants.
 */
@Component
class MeetingRooms {

    private static final int ROOM_NAME_BYTES = 24;

    private final SecureRandom random = new SecureRandom();
    private final String base;

    MeetingRooms(SessionProperties properties) {
        String url = properties.meetingBaseUrl().toString();
        this.base = url.endsWith("/") ? url : url + "/";
    }

    String newRoomUrl() {
        byte[] name = new byte[ROOM_NAME_BYTES];
        random.nextBytes(name);
        return base + Base64.getUrlEncoder().withoutPadding().encodeToString(name);
    }
}
