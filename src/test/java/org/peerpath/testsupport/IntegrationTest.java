package org.peerpath.testsupport;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application against real MariaDB ({@link TestDatabase}). Every test class uses the same
 * annotation, so they share one cached application context. Its clock is a {@link MutableClock}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest
@Import({Fixtures.class, EligibleTrainee.class, TestClockConfiguration.class})
public @interface IntegrationTest {
}
