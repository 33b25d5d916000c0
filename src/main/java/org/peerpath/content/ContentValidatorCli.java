package org.peerpath.content;

import java.nio.file.Path;

/**
 * Checks the content folder without starting the application:
 * {@code ./mvnw -q compile exec:java} (or add {@code -Dexec.args=path/to/content}). Exit status 0 when valid, 1 when not.
 */
public final class ContentValidatorCli {

    private ContentValidatorCli() {
    }

    public static void main(String[] args) {
        Path root = Path.of(args.length > 0 ? args[0] : "course-content");
        ContentCheck check = ContentValidator.check(root);
        if (check.isValid()) {
            System.out.println("Content OK: " + check.content().modules().size() + " modules, "
                    + check.content().programs().size() + " programs in " + root.toAbsolutePath().normalize());
            return;
        }
        System.err.println(check.report());
        System.err.println(check.problems().size() + " problem(s) in " + root.toAbsolutePath().normalize()
                + ". Fix them and run the check again.");
        System.exit(1);
    }
}
