package kz.emocare.hub.chat;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the chat bot's out-of-hours notice.
 *
 * @param helperHours when volunteers and psychologists usually answer
 * @param noticeInterval the bot repeats its notice in a conversation at most once per interval
 * @param helpLineNumbers the help lines the notice names (keep them in line with {@code emocare.crisis.help-lines})
 */
@ConfigurationProperties("emocare.chat")
record ChatProperties(
        @DefaultValue HelperHours helperHours,
        @DefaultValue("PT12H") Duration noticeInterval,
        @DefaultValue({"150", "112"}) List<String> helpLineNumbers) {

    ChatProperties {
        if (noticeInterval.isNegative() || noticeInterval.isZero()) {
            throw new IllegalArgumentException("emocare.chat.notice-interval must be positive");
        }
        if (helpLineNumbers.isEmpty()) {
            throw new IllegalArgumentException("emocare.chat.help-line-numbers must name at least one help line");
        }
        helpLineNumbers = List.copyOf(helpLineNumbers);
    }

    /**
     * The daily hours in which helpers usually answer, in a time zone. When {@code opensAt} is after {@code closesAt}
     * the hours run over midnight.
     */
    record HelperHours(
            @DefaultValue("09:00") LocalTime opensAt,
            @DefaultValue("21:00") LocalTime closesAt,
            @DefaultValue("Asia/Almaty") ZoneId zone) {

        HelperHours {
            if (opensAt.equals(closesAt)) {
                throw new IllegalArgumentException("emocare.chat.helper-hours must not open and close at once");
            }
        }

        boolean covers(LocalTime time) {
            if (opensAt.isBefore(closesAt)) {
                return !time.isBefore(opensAt) && time.isBefore(closesAt);
            }
            return !time.isBefore(opensAt) || time.isBefore(closesAt);
        }
    }
}
