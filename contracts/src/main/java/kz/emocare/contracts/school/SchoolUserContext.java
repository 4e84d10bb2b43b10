package kz.emocare.contracts.school;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** {@code GET /v2/users/me/context}: the signed-in user's schools and classes. */
public record SchoolUserContext(
        long userId,
        @JsonProperty("userId_str") String userIdStr,
        long personId,
        @JsonProperty("personId_str") String personIdStr,
        List<School> schools,
        List<EduGroup> eduGroups,
        List<String> roles) {}
