package org.peerpath.testsupport;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin installs its own security-context strategy as a bean and in the static {@link SecurityContextHolder}.
 * When a test class needs a second application context, the static holder keeps pointing at the newest one, and
 * tests back on the shared context would sign people in where its method security does not look. Before each
 * test, the static holder is pointed at the strategy of the context that test runs in.
 * Registered for all Spring tests in META-INF/spring.factories.
 */
public class SecurityStrategyOfTheTestContext implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestClass(TestContext testContext) {
        align(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        align(testContext);
    }

    private static void align(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }

    @Override
    public int getOrder() {
        // Before Spring Security's listener creates the @SignedInAs context.
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
