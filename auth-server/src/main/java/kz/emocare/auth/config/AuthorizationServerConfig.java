package kz.emocare.auth.config;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import java.util.List;
import kz.emocare.auth.audit.SecurityAudit;
import kz.emocare.auth.client.CachingRegisteredClientRepository;
import kz.emocare.auth.client.ClientSecrets;
import kz.emocare.auth.key.SigningKeys;
import kz.emocare.auth.signin.AuthorizationRequestPreparation;
import kz.emocare.auth.signin.LoginRequiredResponse;
import kz.emocare.auth.token.AudienceValidator;
import kz.emocare.auth.token.ClientAssertionDecoders;
import kz.emocare.auth.token.ClientIdFromAssertion;
import kz.emocare.auth.token.HashingAuthorizationService;
import kz.emocare.auth.token.IssuerAwareAuthorizationResponses;
import kz.emocare.auth.token.PatientTokenResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationEndpointConfigurer;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2ClientAuthenticationConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationServerMetadata;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.authentication.ClientSecretAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.JwtClientAssertionAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationValidator;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.oidc.OidcProviderConfiguration;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.web.authentication.JwtClientAssertionAuthenticationConverter;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2AccessTokenResponseAuthenticationSuccessHandler;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The three security filter chains of Emocare ID — the protocol endpoints, the launch-context API and the pages —
 * and the Spring Authorization Server beans: JDBC stores (authorizations with hashed tokens), database-backed signing
 * keys, and the protocol additions (RFC 9207 {@code iss}, audience checks, {@code private_key_jwt} rules, SMART
 * {@code patient} in the token response).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuthServerProperties.class)
@EnableScheduling
class AuthorizationServerConfig {

    private static final String[] PUBLIC_PAGES = {
        "/login",
        "/login/**",
        "/enrol",
        "/enrol/**",
        "/reset",
        "/reset/**",
        "/federation/**",
        "/css/**",
        "/error",
        "/signed-out",
        "/actuator/health/**",
        "/actuator/info",
        "/.well-known/smart-configuration",
        "/favicon.ico"
    };

    private static final List<String> SCOPES = List.of(
            "openid",
            "profile",
            "hub.api",
            "fhirUser",
            "launch",
            "launch/patient",
            "patient/*.rs",
            "user/*.rs",
            "system/*.rs");
    private static final List<String> GRANT_TYPES =
            List.of("authorization_code", "refresh_token", "client_credentials");
    private static final List<String> CLIENT_AUTHENTICATION_METHODS =
            List.of("client_secret_basic", "private_key_jwt", "none");
    private static final List<String> CLAIMS = List.of(
            "sub",
            "name",
            "auth_time",
            "amr",
            "nonce",
            "person_id",
            "roles",
            "school_id",
            "organization_id",
            "fhirUser");

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @Order(1)
    SecurityFilterChain protocolEndpoints(
            HttpSecurity http,
            AuthServerProperties properties,
            ClientAssertionDecoders clientAssertionDecoders,
            ClientSecrets clientSecrets,
            Clock clock,
            LocaleResolver localeResolver)
            throws Exception {
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.oidc(oidc -> oidc.providerConfigurationEndpoint(endpoint ->
                            endpoint.providerConfigurationCustomizer(AuthorizationServerConfig::describeOidc)))
                    .authorizationServerMetadataEndpoint(endpoint ->
                            endpoint.authorizationServerMetadataCustomizer(AuthorizationServerConfig::describeOAuth))
                    .authorizationEndpoint(endpoint -> configureAuthorizationEndpoint(endpoint, properties))
                    .tokenEndpoint(endpoint -> endpoint.accessTokenResponseHandler(tokenResponses()))
                    .clientAuthentication(authentication ->
                            configureClientAuthentication(authentication, clientAssertionDecoders, clientSecrets));
        });
        http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                .addFilterAfter(
                        new AuthorizationRequestPreparation(clock, localeResolver), SecurityContextHolderFilter.class)
                .addFilterBefore(
                        new LoginRequiredResponse(properties.issuer().toString()), ExceptionTranslationFilter.class);
        return http.build();
    }

    /** RFC 9207 support, PKCE S256 only, and the prompt values and languages the provider honours. */
    private static void describeOidc(OidcProviderConfiguration.Builder metadata) {
        metadata.claim("authorization_response_iss_parameter_supported", true)
                .claim("prompt_values_supported", List.of("none", "login", "consent"))
                .claim("ui_locales_supported", List.of("kk", "ru", "en"))
                .claim("claims_supported", CLAIMS)
                .scopes(scopes -> replace(scopes, SCOPES))
                .grantTypes(grants -> replace(grants, GRANT_TYPES))
                .tokenEndpointAuthenticationMethods(methods -> replace(methods, CLIENT_AUTHENTICATION_METHODS))
                .codeChallengeMethods(methods -> replace(methods, List.of("S256")));
    }

    /** The same facts in the OAuth 2.0 server metadata (RFC 8414). */
    private static void describeOAuth(OAuth2AuthorizationServerMetadata.Builder metadata) {
        metadata.claim("authorization_response_iss_parameter_supported", true)
                .scopes(scopes -> replace(scopes, SCOPES))
                .grantTypes(grants -> replace(grants, GRANT_TYPES))
                .tokenEndpointAuthenticationMethods(methods -> replace(methods, CLIENT_AUTHENTICATION_METHODS))
                .codeChallengeMethods(methods -> replace(methods, List.of("S256")));
    }

    private static void replace(List<String> values, List<String> replacement) {
        values.clear();
        values.addAll(replacement);
    }

    private static void configureAuthorizationEndpoint(
            OAuth2AuthorizationEndpointConfigurer endpoint, AuthServerProperties properties) {
        IssuerAwareAuthorizationResponses responses =
                new IssuerAwareAuthorizationResponses(properties.issuer().toString());
        endpoint.consentPage("/oauth2/consent")
                .authorizationResponseHandler(responses)
                .errorResponseHandler(responses)
                .authenticationProviders(providers -> providers.forEach(provider -> {
                    if (provider instanceof OAuth2AuthorizationCodeRequestAuthenticationProvider codeRequests) {
                        codeRequests.setAuthenticationValidator(
                                new OAuth2AuthorizationCodeRequestAuthenticationValidator()
                                        .andThen(new AudienceValidator(properties)));
                    }
                }));
    }

    private static OAuth2AccessTokenResponseAuthenticationSuccessHandler tokenResponses() {
        OAuth2AccessTokenResponseAuthenticationSuccessHandler handler =
                new OAuth2AccessTokenResponseAuthenticationSuccessHandler();
        handler.setAccessTokenResponseCustomizer(new PatientTokenResponse());
        return handler;
    }

    private static void configureClientAuthentication(
            OAuth2ClientAuthenticationConfigurer authentication,
            ClientAssertionDecoders clientAssertionDecoders,
            ClientSecrets clientSecrets) {
        authentication
                .authenticationConverters(converters -> converters.replaceAll(
                        converter -> converter instanceof JwtClientAssertionAuthenticationConverter
                                ? new ClientIdFromAssertion()
                                : converter))
                .authenticationProviders(providers -> providers.forEach(provider -> {
                    if (provider instanceof JwtClientAssertionAuthenticationProvider assertions) {
                        assertions.setJwtDecoderFactory(clientAssertionDecoders);
                    }
                    if (provider instanceof ClientSecretAuthenticationProvider secrets) {
                        secrets.setPasswordEncoder(clientSecrets.encoder());
                    }
                }));
    }

    @Bean
    @Order(2)
    SecurityFilterChain launchContextApi(HttpSecurity http) throws Exception {
        http.securityMatcher("/smart/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority("SCOPE_smart.launch"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PAGES)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .headers(headers -> headers.contentSecurityPolicy(policy -> policy.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'")))
                .logout(logout -> logout.logoutSuccessUrl("/signed-out"));
        return http.build();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(AuthServerProperties properties) {
        return AuthorizationServerSettings.builder()
                .issuer(properties.issuer().toString())
                .build();
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(JdbcTemplate jdbc, Clock clock) {
        return new CachingRegisteredClientRepository(
                new JdbcRegisteredClientRepository(jdbc), clock, java.time.Duration.ofMinutes(1));
    }

    @Bean
    OAuth2AuthorizationService authorizationService(
            JdbcTemplate jdbc, RegisteredClientRepository clients, SecurityAudit audit, Clock clock) {
        return new HashingAuthorizationService(new JdbcOAuth2AuthorizationService(jdbc, clients), jdbc, audit, clock);
    }

    @Bean
    OAuth2AuthorizationConsentService authorizationConsentService(
            JdbcTemplate jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationConsentService(jdbc, clients);
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(SigningKeys signingKeys) {
        return signingKeys.publishedSource();
    }

    @Bean
    JwtEncoder jwtEncoder(SigningKeys signingKeys) {
        return new NimbusJwtEncoder(signingKeys.signingSource());
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
    }
}
