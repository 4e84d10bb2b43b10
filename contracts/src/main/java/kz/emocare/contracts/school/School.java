package kz.emocare.contracts.school;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A school.
 *
 * @param region a {@link kz.emocare.contracts.region.Region} code
 * @param rosterVersion changes whenever a class of the school gains, loses or moves a pupil, so an incremental sync
 *     can skip unchanged schools
 */
public record School(
        long id,
        @JsonProperty("id_str") String idStr,
        String name,
        String type,
        String region,
        String regionName,
        String city,
        String rosterVersion) {}
