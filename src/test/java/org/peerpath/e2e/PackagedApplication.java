package org.peerpath.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The packaged application, started once per test JVM the way an operator would start it:
 * {@code java -jar}, a random port, a fresh data directory and therefore the embedded database in demo mode.
 */
final class PackagedApplication {

    private static PackagedApplication instance;

    private final Process process;
    private final String baseUrl;
    private final Path log;

    private PackagedApplication(Process process, String baseUrl, Path log) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.log = log;
    }

    static synchronized PackagedApplication get() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "packaged-app-stop"));
        }
        return instance;
    }

    String url(String path) {
        return baseUrl + (path.startsWith("/") ? path : "/" + path);
    }

    private static PackagedApplication start() {
        Path jar = Path.of(System.getProperty("peerpath.jar", "target/peerpath-0.1.0-SNAPSHOT.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged application at " + jar.toAbsolutePath()
                    + ": browser tests run in 'verify', after 'package'.");
        }
        try {
            Path dataDir = Path.of("target", "e2e-data").toAbsolutePath();
            deleteRecursively(dataDir);
            Files.createDirectories(dataDir);
            Path log = Path.of("target", "e2e-app.log").toAbsolutePath();
            int port = freePort();
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-jar", jar.toAbsolutePath().toString(),
                    "--server.port=" + port, "--peerpath.data-dir=" + dataDir));
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            PackagedApplication app = new PackagedApplication(process, "http://localhost:" + port, log);
            app.awaitReady(Duration.ofMinutes(4));
            return app;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the packaged application", e);
        }
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The packaged application exited with " + process.exitValue()
                        + "; see " + log + "\n" + tail());
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url("/login"))).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200 && tail().contains("Demo mode ready")) {
                    return;
                }
            } catch (IOException ignored) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        stop();
        throw new IllegalStateException("The packaged application did not become ready within " + timeout + "\n" + tail());
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    void stop() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
