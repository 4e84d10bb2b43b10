package kz.emocare.hub.community;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of communities.
 *
 * @param removalBlock how long a removed member may not re-join, when the moderator does not say
 */
@ConfigurationProperties("emocare.communities")
record CommunityProperties(@DefaultValue("P30D") Duration removalBlock) {

    CommunityProperties {
        if (removalBlock.isNegative() || removalBlock.isZero()) {
            throw new IllegalArgumentException("emocare.communities.removal-block must be positive");
        }
    }
}
