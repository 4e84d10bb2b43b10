package kz.emocare.contracts.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/** Checks HTTP exchanges against an OpenAPI 3 document on the classpath (Atlassian's swagger-request-validator). */
final class OpenApiCheck implements ContractCheck {

    private final OpenApiInteractionValidator validator;

    OpenApiCheck(String resource) {
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(read(resource))
                .build();
    }

    @Override
    public List<String> requestProblems(Exchange exchange) {
        return messages(validator.validateRequest(request(exchange)));
    }

    @Override
    public List<String> responseProblems(Exchange exchange) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(exchange.status());
        exchange.responseHeaders().forEach(response::withHeader);
        if (exchange.responseBody() != null && exchange.responseBody().length > 0) {
            response.withBody(new String(exchange.responseBody(), StandardCharsets.UTF_8));
        }
        Request.Method method = Request.Method.valueOf(exchange.method());
        return messages(validator.validateResponse(exchange.path(), method, response.build()));
    }

    private static SimpleRequest request(Exchange exchange) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(exchange.method(), exchange.path());
        exchange.requestHeaders().forEach(request::withHeader);
        exchange.query().forEach(request::withQueryParam);
        if (exchange.requestBody() != null && exchange.requestBody().length > 0) {
            request.withBody(new String(exchange.requestBody(), StandardCharsets.UTF_8));
        }
        return request.build();
    }

    private static List<String> messages(ValidationReport report) {
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message -> message.getKey() + ": " + message.getMessage())
                .toList();
    }

    private static String read(String resource) {
        try (InputStream input =
                Objects.requireNonNull(OpenApiCheck.class.getClassLoader().getResourceAsStream(resource), resource)) {
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
