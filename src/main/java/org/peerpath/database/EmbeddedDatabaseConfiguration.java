package org.peerpath.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/**
 * Starts the embedded MariaDB when no external database is configured. Defining the {@link DataSource}
 * here makes Spring Boot's own DataSource configuration back off, and makes Flyway and JPA wait for the
 * server to be up.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedDatabaseProperties properties) {
        return EmbeddedMariaDb.start(properties.dataDir().resolve("mariadb"), properties.embeddedDb().port());
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb db, EmbeddedDatabaseProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("peerpath-embedded");
        dataSource.setJdbcUrl(db.jdbcUrl(properties.embeddedDb().database()));
        // The embedded server listens on loopback only and runs without grant tables.
        dataSource.setUsername("root");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    @Bean
    DatabaseMode databaseMode() {
        return DatabaseMode.EMBEDDED;
    }
}
