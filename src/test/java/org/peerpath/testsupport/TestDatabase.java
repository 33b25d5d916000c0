package org.peerpath.testsupport;

import org.peerpath.database.EmbeddedMariaDb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One real MariaDB per test JVM: {@code PEERPATH_TEST_DB_URL} (with {@code PEERPATH_TEST_DB_USER} and
 * {@code PEERPATH_TEST_DB_PASSWORD}) when set, otherwise an embedded server under {@code target/test-mariadb}
 * with a freshly created schema.
 */
public final class TestDatabase {

    public record Connection(String url, String user, String password) {
    }

    private static Connection connection;

    private TestDatabase() {
    }

    public static synchronized Connection get() {
        if (connection == null) {
            connection = start();
        }
        return connection;
    }

    private static Connection start() {
        String external = System.getenv("PEERPATH_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            return new Connection(external, env("PEERPATH_TEST_DB_USER"), env("PEERPATH_TEST_DB_PASSWORD"));
        }
        EmbeddedMariaDb db = EmbeddedMariaDb.start(Path.of("target", "test-mariadb"), 0);
        Runtime.getRuntime().addShutdownHook(new Thread(db::close, "test-mariadb-stop"));
        String server = "jdbc:mariadb://127.0.0.1:" + db.port() + "/";
        try (java.sql.Connection c = DriverManager.getConnection(server, "root", "");
             Statement s = c.createStatement()) {
            s.execute("drop database if exists peerpath_test");
            s.execute("create database peerpath_test character set utf8mb4 collate utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test schema", e);
        }
        return new Connection(server + "peerpath_test", "root", "");
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null ? "" : value;
    }
}
