package org.peerpath.content;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The lesson Markdown rules of course-content/README.md, each reported with its line. */
final class LessonChecks {

    /** The same test the README gives authors: {@code grep -n '<[a-zA-Z/]'}. */
    private static final Pattern RAW_HTML = Pattern.compile("<[a-zA-Z/][^>\\s]*");

    record LessonLink(String file, int line, String module, String lesson) {
    }

    private LessonChecks() {
    }

    /** Checks one lesson and returns its {@code lesson:} links, which can only be checked once all modules are read. */
    static List<LessonLink> check(String file, String markdown, Set<String> imageNames, Problems problems) {
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher html = RAW_HTML.matcher(lines[i]);
            if (html.find()) {
                problems.add(file, i + 1, "Raw HTML is not allowed in lessons (found '" + html.group()
                        + "'). Use Markdown only; for a break start a new paragraph, and write a literal '<' as '&lt;'.");
            }
        }
        List<LessonLink> links = new ArrayList<>();
        Node document = LessonRenderer.PARSER.parse(markdown);
        document.accept(new AbstractVisitor() {
            private int previousLevel = 1;

            @Override
            public void visit(Heading heading) {
                int level = heading.getLevel();
                if (level == 1) {
                    problems.add(file, line(heading), "Level-1 heading ('# '): the lesson title comes from module.yaml. "
                            + "Start sections with '## '.");
                } else if (level > previousLevel + 1) {
                    problems.add(file, line(heading), "Heading level jumps from " + "#".repeat(previousLevel) + " to "
                            + "#".repeat(level) + ". Use " + "#".repeat(previousLevel + 1) + " here.");
                }
                previousLevel = level;
                visitChildren(heading);
            }

            @Override
            public void visit(BlockQuote quote) {
                if (LessonRenderer.calloutKind(quote).isEmpty()) {
                    problems.add(file, line(quote), LessonRenderer.markerText(quote)
                            .map(text -> "Unknown call-out '" + text.getLiteral().lines().findFirst().orElse("")
                                    + "'. Use [!TRY], [!REFLECT], [!SCENARIO] or [!NOTE], alone on the first line of the blockquote.")
                            .orElse("Plain blockquote. Blockquotes are only for call-outs: make the first line '> [!NOTE]' "
                                    + "(or [!TRY], [!REFLECT], [!SCENARIO]) and put the text on the following '> ' lines."));
                }
                visitChildren(quote);
            }

            @Override
            public void visit(Link link) {
                String destination = link.getDestination();
                var target = LessonRenderer.lessonTarget(destination);
                if (target.isPresent()) {
                    links.add(new LessonLink(file, line(link), target.get().module(), target.get().lesson()));
                } else if (!destination.startsWith("https://") && !destination.startsWith("http://")
                        && !destination.startsWith("#")) {
                    problems.add(file, line(link), "Link '" + destination + "' leads nowhere in Peerpath. Link lessons as "
                            + "lesson:<lesson-id> or lesson:<module-id>/<lesson-id>, other sites with https://.");
                }
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                String destination = image.getDestination();
                if (!destination.startsWith("images/") || !imageNames.contains(destination.substring("images/".length()))) {
                    problems.add(file, line(image), "Image '" + destination + "' is not in this module's lessons/images/ folder. "
                            + "Add the file there and reference it as images/<name>.");
                }
                if (image.getFirstChild() == null) {
                    problems.add(file, line(image), "Image '" + destination + "' has no alt text. Describe what it shows "
                            + "between the square brackets.");
                }
                visitChildren(image);
            }
        });
        return links;
    }

    private static int line(Node node) {
        return node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().getFirst().getLineIndex() + 1;
    }
}
