package kz.emocare.contracts.school;

/**
 * The API's error body.
 *
 * @param type machine-readable, e.g. {@code invalidToken}, {@code parameterInvalid}, {@code resourceNotFound},
 *     {@code apiRequestLimit}
 */
public record SchoolApiError(String type, String description) {}
