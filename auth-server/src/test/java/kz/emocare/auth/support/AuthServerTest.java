package kz.emocare.auth.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One running Emocare ID for all integration tests (the Spring context is shared): demo accounts and clients, a
 * WireMock server standing in for the hub ({@code /hub}), the school system ({@code /school}) and eGov ({@code
 * /idp}), and a clock tests can move forward. The database is in-memory H2, or MariaDB/MySQL when the build runs
 * with {@code -Pmysql} (system property {@code emocare.test.db.profile=mysql}); its name comes from {@code
 * emocare.auth.test.database}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles({"demo", "test"})
@Import(TestClockConfiguration.class)
public abstract class AuthServerTest {

    public static final int PORT = freePort();
    public static final String ISSUER = "http://localhost:" + PORT;
    /** Where password-reset mail goes; a test that reads mail listens here. */
    public static final int SMTP_PORT = freePort();

    public static final WireMockServer EXTERNAL = startExternalSystems();
    public static final String FHIR_BASE = "http://localhost:8080/fhir";

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected TestClock clock;

    protected final HubStub hub = new HubStub(EXTERNAL);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        String external = "http://localhost:" + EXTERNAL.port();
        registry.add("server.port", () -> PORT);
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("emocare.auth.issuer", () -> ISSUER);
        registry.add("emocare.auth.fhir-base", () -> FHIR_BASE);
        registry.add("emocare.auth.hub.base-url", () -> external + "/hub");
        registry.add("emocare.auth.school.authorization-uri", () -> external + "/school/oauth2");
        registry.add("emocare.auth.school.token-uri", () -> external + "/school/oauth2/token");
        registry.add("emocare.auth.school.profile-uri", () -> external + "/school/v2/users/me");
        registry.add("emocare.auth.egov.issuer", () -> external + "/idp");
        if ("mysql".equals(System.getProperty("emocare.test.db.profile"))) {
            String database = System.getProperty("emocare.auth.test.database", "emocare_auth_helper_test");
            String server = System.getProperty("emocare.test.mysql.url", "jdbc:mysql://127.0.0.1:3306");
            String user = System.getProperty("emocare.test.mysql.user", "root");
            String password = System.getProperty("emocare.test.mysql.password", "");
            recreateDatabase(server, user, password, database);
            registry.add(
                    "spring.datasource.url",
                    () -> server + "/" + database + "?characterEncoding=UTF-8&preserveInstants=true"
                            + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true");
            registry.add("spring.datasource.username", () -> user);
            registry.add("spring.datasource.password", () -> password);
        }
    }

    @BeforeEach
    void resetSharedState() {
        EXTERNAL.resetAll();
        hub.standard();
        jdbc.update("UPDATE local_account SET totp_last_step = NULL");
        jdbc.update("DELETE FROM account_throttle");
    }

    /** A browser pointed at the auth-server. */
    protected Browser browser() {
        return new Browser(ISSUER);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static WireMockServer startExternalSystems() {
        WireMockServer server =
                new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return server;
    }

    private static void recreateDatabase(String server, String user, String password, String database) {
        if (!database.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("Unexpected test database name " + database);
        }
        try (Connection connection = DriverManager.getConnection(server + "/", user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
            statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not recreate the MariaDB test database " + database, e);
        }
    }
}
