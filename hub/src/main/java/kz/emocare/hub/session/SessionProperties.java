package kz.emocare.hub.session;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of therapy sessions.
 *
 * @param meetingBaseUrl the video service; each session's room is this URL followed by a random room name
 * @param userCancellationNotice how long before the start a user may still cancel
 * @param defaultDuration the length of a slot when the psychologist does not say
 * @param publishingHorizon how far ahead slots may be published
 */
@ConfigurationProperties("emocare.sessions")
record SessionProperties(
        @DefaultValue("https://meet.emocare.example.kz/room/")
        URI meetingBaseUrl,

        @DefaultValue("PT24H") Duration userCancellationNotice,
        @DefaultValue("PT50M") Duration defaultDuration,
        @DefaultValue("P180D") Duration publishingHorizon) {

    SessionProperties {
        String scheme = meetingBaseUrl.getScheme();
        if (!("https".equals(scheme) || "http".equals(scheme)) || meetingBaseUrl.getHost() == null) {
            throw new IllegalArgumentException("emocare.sessions.meeting-base-url must be an absolute http(s) URL");
        }
        if (userCancellationNotice.isNegative() || publishingHorizon.isNegative() || publishingHorizon.isZero()) {
            throw new IllegalArgumentException("emocare.sessions durations must be positive");
        }
        long minutes = defaultDuration.toMinutes();
        if (minutes < SessionSlot.SHORTEST_MINUTES || minutes > SessionSlot.LONGEST_MINUTES) {
            throw new IllegalArgumentException("emocare.sessions.default-duration must be 15 to 180 minutes");
        }
    }
}
