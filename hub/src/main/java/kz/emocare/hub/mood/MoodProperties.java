package kz.emocare.hub.mood;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mood tracker settings.
 *
 * @param defaultZone the time zone of a person who has never sent one (Kazakhstan keeps one zone, UTC+5)
 * @param maxBackfill how far back an entry may be dated (diaries kept offline, imports, demo data)
 */
@ConfigurationProperties("emocare.mood")
record MoodProperties(
        @DefaultValue("Asia/Almaty") ZoneId defaultZone,
        @DefaultValue("730d") Duration maxBackfill) {}
