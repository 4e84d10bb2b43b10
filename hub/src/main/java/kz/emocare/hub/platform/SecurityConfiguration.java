package kz.emocare.hub.platform;

import java.time.Clock;
import kz.emocare.hub.platform.web.ProblemAuthenticationEntryPoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The hub is an OAuth2 resource server for JWTs from Emocare ID. Authorities come from the token: {@code ROLE_*} from
 * the {@code roles} claim, {@code SCOPE_*} from the scopes. Finer rules (whose data, which consent) live in the
 * features, because they depend on the record asked for.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    @Order(10)
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemAuthenticationEntryPoint problems) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
                        .permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/help-lines")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole("ADMINISTRATOR")
                        .anyRequest()
                        .authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .oauth2ResourceServer(server -> server.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems)
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(JwtAuthorities.converter())));
        return http.build();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
