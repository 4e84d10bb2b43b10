package kz.emocare.contracts.content;

/** RFC 9457 problem details, the content platform's error body. */
public record Problem(String type, String title, int status, String detail) {}
