package kz.emocare.hub.support;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;

/**
 * Against a shared MySQL/MariaDB test database, the first application context of a test run drops and re-creates the
 * schema, so a run never sees tables left by an older migration; later contexts only migrate.
 */
@TestConfiguration
@Profile("mysql")
public class FreshSchemaOnce {

    private static final AtomicBoolean CLEANED = new AtomicBoolean();

    @Bean
    FlywayMigrationStrategy cleanOnceThenMigrate() {
        return flyway -> {
            if (CLEANED.compareAndSet(false, true)) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }
}
