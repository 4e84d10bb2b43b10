package kz.emocare.hub.platform.web;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says precisely why a JSON body could not be read (an unknown enum value names the allowed ones) without echoing the
 * body, which may hold personal data.
 */
final class UnreadableBody {

    private UnreadableBody() {}

    static String describe(HttpMessageNotReadableException exception) {
        Throwable cause = exception.getCause();
        if (cause instanceof InvalidFormatException invalid
                && invalid.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(Object::toString)
                    .collect(Collectors.joining(", "));
            return "Field '" + path(invalid) + "' has an unknown value; allowed: " + allowed + ".";
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return "Field '" + unknown.getPropertyName() + "' is not part of this request.";
        }
        if (cause instanceof MismatchedInputException mismatched) {
            return "Field '" + path(mismatched) + "' has a value of the wrong type.";
        }
        return "The request body is not valid JSON for this operation.";
    }

    private static String path(MismatchedInputException exception) {
        return exception.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
