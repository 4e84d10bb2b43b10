package kz.emocare.contracts.school;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /v2/users/me}: the signed-in user. {@code id_str} is the stable subject a federating identity provider
 * keys the account on; the numeric ids exceed JavaScript's safe integers in the real system, hence the string twins.
 *
 * @param sex "Male" or "Female"
 * @param roles e.g. "EduStudent"
 * @param locale e.g. "kk-KZ" or "ru-RU"
 * @param email may be absent
 */
public record SchoolUser(
        long id,
        @JsonProperty("id_str") String idStr,
        long personId,
        @JsonProperty("personId_str") String personIdStr,
        String name,
        String firstName,
        String lastName,
        String middleName,
        String shortName,
        String sex,
        LocalDate birthday,
        String locale,
        String timezone,
        List<String> roles,
        String email) {}
