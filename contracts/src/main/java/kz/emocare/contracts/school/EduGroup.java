package kz.emocare.contracts.school;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A class ("10А").
 *
 * @param parallel the grade, 1–11
 * @param studyYear the year the school year started
 * @param membersVersion changes whenever the class gains, loses or moves a pupil
 */
public record EduGroup(
        long id,
        @JsonProperty("id_str") String idStr,
        String name,
        int parallel,
        int studyYear,
        String type,
        long schoolId,
        String membersVersion) {}
