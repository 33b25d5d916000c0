package org.peerpath.demo;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's sign-in page shows every account's password, so a demo instance is not reachable from the network. */
class DemoListensOnLoopbackTest {

    @Test
    void theDemoWithTheEmbeddedDatabaseAnswersOnlyOnThisMachine() {
        assertThat(addressAfterStartUp(new MockEnvironment())).isEqualTo("127.0.0.1");
        assertThat(addressAfterStartUp(new MockEnvironment().withProperty("peerpath.demo.enabled", "true")
                .withProperty("spring.datasource.url", "jdbc:mariadb://db/peerpath"))).isEqualTo("127.0.0.1");
    }

    @Test
    void withoutDemoOrWithAnExplicitAddressNothingChanges() {
        assertThat(addressAfterStartUp(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:mariadb://db/peerpath"))).isNull();
        assertThat(addressAfterStartUp(new MockEnvironment().withProperty("peerpath.demo.enabled", "false"))).isNull();
        assertThat(addressAfterStartUp(new MockEnvironment().withProperty("server.address", "0.0.0.0"))).isEqualTo("0.0.0.0");
    }

    private static String addressAfterStartUp(MockEnvironment environment) {
        new DemoListensOnLoopback().postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty("server.address");
    }
}
