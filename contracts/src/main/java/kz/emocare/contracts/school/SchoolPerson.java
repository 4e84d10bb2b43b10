package kz.emocare.contracts.school;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * A person of the school system (here: a pupil). {@code userId_str} equals the {@code id_str} of the same person's
 * {@link SchoolUser}, which links identity sync to sign-in.
 *
 * @param sex "Male" or "Female"
 * @param iin the IIN as the school recorded it, absent when the school has none
 */
public record SchoolPerson(
        long id,
        @JsonProperty("id_str") String idStr,
        long userId,
        @JsonProperty("userId_str") String userIdStr,
        String firstName,
        String lastName,
        String middleName,
        String shortName,
        String sex,
        LocalDate birthday,
        String iin) {}
