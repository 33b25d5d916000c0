package org.peerpath.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped course content, and copies of it that tests may change. */
public final class TestContent {

    public static final Path SHIPPED = Path.of("course-content");

    private TestContent() {
    }

    /** Copies the shipped content to {@code dir}/content and returns that folder. */
    public static Path copy(Path dir) throws IOException {
        Path target = dir.resolve("content");
        try (Stream<Path> files = Files.walk(SHIPPED)) {
            for (Path source : files.toList()) {
                Path destination = target.resolve(SHIPPED.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(source, destination);
                }
            }
        }
        return target;
    }

    /** Replaces every occurrence; fails the test if there is none, so a setup mistake cannot pass silently. */
    public static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as("test setup: %s contains %s", file, from).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    public static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardOpenOption.APPEND);
    }
}
