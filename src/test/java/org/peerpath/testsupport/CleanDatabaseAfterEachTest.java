package org.peerpath.testsupport;

import org.springframework.core.Ordered;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Empties every table after each test (keeping Flyway's history, and ShedLock's lock rows, which ShedLock
 * remembers having created), so no test sees another's data.
 * Registered for all Spring tests in META-INF/spring.factories.
 */
public class CleanDatabaseAfterEachTest implements TestExecutionListener, Ordered {

    @Override
    public void afterTestMethod(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        testContext.getApplicationContext().getBeanProvider(MutableClock.class).ifAvailable(MutableClock::reset);
        DataSource dataSource = testContext.getApplicationContext().getBean(DataSource.class);
        new JdbcTemplate(dataSource).execute((ConnectionCallback<Void>) connection -> {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = connection.createStatement().executeQuery(
                    "select table_name from information_schema.tables where table_schema = database() "
                            + "and table_type = 'BASE TABLE' and table_name not in ('flyway_schema_history', 'shedlock')")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            try (Statement s = connection.createStatement()) {
                s.execute("set foreign_key_checks = 0");
                for (String table : tables) {
                    s.execute("delete from `" + table + "`");
                }
                s.execute("set foreign_key_checks = 1");
            }
            return null;
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
