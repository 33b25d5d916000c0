package org.peerpath.database;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** An external server named by {@code PEERPATH_DB_URL}: Spring Boot builds the DataSource from it. */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabaseCondition.class)
class ExternalDatabaseConfiguration {

    @Bean
    DatabaseMode databaseMode() {
        return DatabaseMode.EXTERNAL;
    }
}
