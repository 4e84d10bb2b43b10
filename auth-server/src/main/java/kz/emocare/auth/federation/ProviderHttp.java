package kz.emocare.auth.federation;

import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** The HTTP client for external providers: short timeouts, so a provider that hangs fails the sign-in quickly. */
final class ProviderHttp {

    static final Duration TIMEOUT = Duration.ofSeconds(5);

    private ProviderHttp() {}

    static RestClient client(RestClient.Builder builder) {
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
        requestFactory.setReadTimeout(TIMEOUT);
        return builder.clone().requestFactory(requestFactory).build();
    }
}
