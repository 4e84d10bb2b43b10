package kz.emocare.auth.token;

import com.nimbusds.jwt.JWTParser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.text.ParseException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.authorization.web.authentication.JwtClientAssertionAuthenticationConverter;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Lets a client send a {@code private_key_jwt} assertion without {@code client_id} (optional in RFC 7523 §3 and
 * SMART Backend Services): the id is taken from the assertion's {@code sub}, which the provider then verifies
 * against that client's registered keys, together with {@code iss}.
 */
public final class ClientIdFromAssertion implements AuthenticationConverter {

    private final JwtClientAssertionAuthenticationConverter delegate = new JwtClientAssertionAuthenticationConverter();

    @Override
    public Authentication convert(HttpServletRequest request) {
        String assertion = request.getParameter("client_assertion");
        if (assertion == null || request.getParameter("client_id") != null) {
            return delegate.convert(request);
        }
        String subject = subjectOf(assertion);
        return delegate.convert(subject == null ? request : new WithClientId(request, subject));
    }

    private static String subjectOf(String assertion) {
        try {
            return JWTParser.parse(assertion).getJWTClaimsSet().getSubject();
        } catch (ParseException e) {
            return null;
        }
    }

    private static final class WithClientId extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        WithClientId(HttpServletRequest request, String clientId) {
            super(request);
            Map<String, String[]> copy = new LinkedHashMap<>(request.getParameterMap());
            copy.put("client_id", new String[] {clientId});
            this.parameters = Collections.unmodifiableMap(copy);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }
    }
}
