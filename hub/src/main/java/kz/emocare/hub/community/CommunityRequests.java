package kz.emocare.hub.community;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** The validated request bodies of the community endpoints. */
final class CommunityRequests {

    /** A theme tag: lower-case letters, digits and hyphens, e.g. {@code exam-stress}. */
    static final String THEME = "[a-z0-9][a-z0-9-]{0,31}";

    private CommunityRequests() {}

    record CommunityRequest(
            @NotNull @Valid TitleRequest title,
            @Valid DescriptionRequest description,

            @Size(max = 8)
            Set<@NotNull @Pattern(regexp = THEME, message = "a theme is a lower-case tag like exam-stress") String>
                    themes) {

        Community.Profile toProfile() {
            return new Community.Profile(
                    title.toTranslations(), description == null ? null : description.toTranslations(), themes);
        }
    }

    record TitleRequest(
            @Size(max = 200) String kk,
            @Size(max = 200) String ru,
            @Size(max = 200) String en) {

        @AssertTrue(message = "give the title in at least one language: kk, ru or en")
        boolean hasAnyLanguage() {
            return !toTranslations().isEmpty();
        }

        Translations toTranslations() {
            return new Translations(kk, ru, en);
        }
    }

    record DescriptionRequest(
            @Size(max = 2000) String kk,
            @Size(max = 2000) String ru,
            @Size(max = 2000) String en) {

        Translations toTranslations() {
            return new Translations(kk, ru, en);
        }
    }

    /** @param blockDays how long the person may not re-join; the configured default (30 days) when left out */
    record RemovalRequest(
            @NotBlank @Size(max = CommunityPost.MAX_REASON_LENGTH)
            String reason,

            @Min(1) @Max(365) Integer blockDays) {}

    record PostRequest(
            @NotBlank @Size(max = CommunityPost.MAX_LENGTH) String text) {}

    record HidingRequest(
            @NotBlank @Size(max = CommunityPost.MAX_REASON_LENGTH)
            String reason) {}
}
