package kz.emocare.hub.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of the hub's REST API, served at {@code /v3/api-docs} and {@code /swagger-ui.html}. */
@Configuration
class OpenApiConfiguration {

    @Bean
    OpenAPI emocareOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Emocare Hub API")
                        .version("v1")
                        .description("Mood tracking, self-tests, crisis help, chat, therapy sessions, communities, "
                                + "consents and the audit trail. Every error is an RFC 9457 problem detail; every "
                                + "list is paged (page, size ≤ 100, sort). Tokens come from Emocare ID."))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
