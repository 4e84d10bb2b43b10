package kz.emocare.hub.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * A full hub application context with MockMvc, on H2 or (mysql profile) MariaDB. All such tests share one cached
 * context, so keep test data unique per test (new people, new ids) instead of relying on an empty database. The
 * context's primary clock is a {@link TestClock}: a test may pin it, and releases it when done.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import({FreshSchemaOnce.class, TestPeople.class, TestClockConfiguration.class})
public @interface HubTest {}
