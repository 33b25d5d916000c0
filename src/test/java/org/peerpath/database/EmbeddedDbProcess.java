package org.peerpath.database;

import java.nio.file.Path;
import java.sql.DriverManager;

/** Run in a child JVM by the tests: starts the embedded server, writes a row, and exits without stopping it. */
public final class EmbeddedDbProcess {

    public static void main(String[] args) throws Exception {
        EmbeddedMariaDb db = EmbeddedMariaDb.start(Path.of(args[0]), 0);
        try (var c = DriverManager.getConnection(db.jdbcUrl("t"), "root", ""); var s = c.createStatement()) {
            s.execute("create table note (text varchar(50))");
            s.execute("insert into note values ('written before exit')");
        }
        // A normal JVM exit: shutdown hooks run, as when an operator stops the app with Ctrl+C or SIGTERM.
        System.exit(0);
    }
}
