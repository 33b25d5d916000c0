package org.peerpath.content;

import org.peerpath.identity.SystemCaller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.nio.file.Path;

/**
 * Imports new content at start-up, before demo data (which needs it). Bad content never stops the application:
 * the previously loaded content stays live, the problem is logged as an ERROR and shown on the admin content page.
 */
@Component
@Order(ContentStartupLoader.ORDER)
class ContentStartupLoader implements ApplicationRunner {

    /** Runners that need content (demo progress) run after this. */
    static final int ORDER = 10;

    private static final Logger log = LoggerFactory.getLogger(ContentStartupLoader.class);

    private final ContentLocation location;
    private final ContentImporter importer;

    ContentStartupLoader(ContentLocation location, ContentImporter importer) {
        this.location = location;
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemCaller.run(() -> {
            try {
                Path dir = location.resolve();
                ContentImportResult result = importer.importFrom(dir);
                switch (result.outcome()) {
                    case IMPORTED -> log.info("Course content from {}: {}", dir, result.summary());
                    case UNCHANGED -> log.info("Course content from {}: unchanged", dir);
                    case REFUSED -> log.error("Course content from {} was REFUSED: {}\n{}", dir, result.summary(),
                            String.join("\n", result.problems().stream().map(ContentProblem::toString).toList()));
                }
            } catch (RuntimeException e) {
                log.error("Course content import failed; the loaded content stays live", e);
                importer.recordFailure(e.toString());
            }
        });
    }
}
