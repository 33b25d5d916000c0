package org.peerpath.content;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;
import jakarta.annotation.PreDestroy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where the content is read from: {@code peerpath.content.dir} when that folder exists (development, or content
 * deployed beside the app); otherwise the copy packaged in the jar, unpacked to a temporary folder.
 */
@Component
class ContentLocation {

    private static final Logger log = LoggerFactory.getLogger(ContentLocation.class);
    private static final String PACKAGED = "course-content/";

    private final Path configured;
    private Path unpacked;

    ContentLocation(@Value("${peerpath.content.dir:course-content}") String configured) {
        this.configured = Path.of(configured);
    }

    Path resolve() {
        if (Files.isDirectory(configured)) {
            return configured;
        }
        log.info("Content folder {} not found; using the copy packaged with the application",
                configured.toAbsolutePath().normalize());
        if (unpacked == null) {
            unpacked = unpackClasspathCopy();
        }
        return unpacked;
    }

    /** The unpacked copy is only needed while the application runs; without this every start left one behind. */
    @PreDestroy
    void removeUnpackedCopy() {
        if (unpacked != null) {
            try {
                FileSystemUtils.deleteRecursively(unpacked);
            } catch (IOException e) {
                log.warn("Could not remove the unpacked content at {}: {}", unpacked, e.getMessage());
            }
        }
    }

    private static Path unpackClasspathCopy() {
        try {
            Path target = Files.createTempDirectory("peerpath-content-");
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:" + PACKAGED + "**");
            for (Resource resource : resources) {
                String url = resource.getURL().toString();
                int at = url.lastIndexOf("/" + PACKAGED);
                if (at < 0 || !resource.isReadable() || url.endsWith("/")) {
                    continue;
                }
                Path file = target.resolve(url.substring(at + PACKAGED.length() + 1)).normalize();
                if (!file.startsWith(target)) {
                    continue;
                }
                Files.createDirectories(file.getParent());
                try (InputStream in = resource.getInputStream()) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack the packaged course content", e);
        }
    }
}
