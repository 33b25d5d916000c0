package org.peerpath.content;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns lesson Markdown into safe HTML. Raw HTML in the source is escaped, never passed through, and URLs are
 * sanitised, so lesson text cannot run script. Call-outs become labelled boxes, {@code lesson:} links become
 * reader addresses, images are embedded from the loaded content, and headings move down one level: the lesson
 * title is the page's level-2 heading, so a lesson's {@code ##} sections are level 3.
 */
public final class LessonRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    static final Parser PARSER = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .nodeRendererFactory(CalloutRenderer::new)
            .build();

    private LessonRenderer() {
    }

    /** The reader's address of a lesson. */
    public static String lessonPath(String moduleId, String lessonId) {
        return "/courses/" + moduleId + "/" + lessonId;
    }

    /**
     * @param moduleId the module the lesson belongs to, for same-module {@code lesson:} links
     * @param images   the module's images by name, embedded where the lesson shows them
     */
    public static String toHtml(String moduleId, String markdown, Map<String, LessonImage> images) {
        Node document = PARSER.parse(markdown);
        List<BlockQuote> quotes = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                lessonTarget(link.getDestination()).ifPresent(target -> link.setDestination(
                        lessonPath(target.module() == null ? moduleId : target.module(), target.lesson())));
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                String destination = image.getDestination();
                if (destination.startsWith("images/") && images.containsKey(destination.substring(7))) {
                    LessonImage img = images.get(destination.substring(7));
                    image.setDestination("data:" + img.mediaType() + ";base64,"
                            + Base64.getEncoder().encodeToString(img.bytes()));
                }
                visitChildren(image);
            }

            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(6, heading.getLevel() + 1));
                visitChildren(heading);
            }

            @Override
            public void visit(BlockQuote quote) {
                quotes.add(quote);
                visitChildren(quote);
            }
        });
        quotes.forEach(LessonRenderer::toCallout);
        return RENDERER.render(document);
    }

    record LessonTarget(String module, String lesson) {
    }

    /** {@code lesson:<lesson-id>} or {@code lesson:<module-id>/<lesson-id>}; empty for any other link. */
    static Optional<LessonTarget> lessonTarget(String destination) {
        if (destination == null || !destination.startsWith("lesson:")) {
            return Optional.empty();
        }
        String target = destination.substring("lesson:".length());
        int slash = target.indexOf('/');
        return Optional.of(slash < 0 ? new LessonTarget(null, target)
                : new LessonTarget(target.substring(0, slash), target.substring(slash + 1)));
    }

    /** The call-out kind when the blockquote starts with a marker alone on its first line. */
    static Optional<Callout.Kind> calloutKind(BlockQuote quote) {
        return markerText(quote).flatMap(text -> Callout.Kind.ofMarker(text.getLiteral()))
                .filter(kind -> {
                    Node after = markerText(quote).get().getNext();
                    return after == null || after instanceof SoftLineBreak || after instanceof HardLineBreak;
                });
    }

    /** The first text of a blockquote when it looks like a {@code [!...]} marker. */
    static Optional<Text> markerText(BlockQuote quote) {
        if (quote.getFirstChild() instanceof Paragraph paragraph && paragraph.getFirstChild() instanceof Text text
                && text.getLiteral().startsWith("[!")) {
            return Optional.of(text);
        }
        return Optional.empty();
    }

    private static void toCallout(BlockQuote quote) {
        calloutKind(quote).ifPresent(kind -> {
            Text marker = markerText(quote).orElseThrow();
            Paragraph first = (Paragraph) marker.getParent();
            Node after = marker.getNext();
            marker.unlink();
            if (after != null) {
                after.unlink();
            }
            if (first.getFirstChild() == null) {
                first.unlink();
            }
            Callout callout = new Callout(kind);
            Node child = quote.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                callout.appendChild(child);
                child = next;
            }
            quote.insertBefore(callout);
            quote.unlink();
        });
    }

    /** {@code <aside class="callout callout-try" aria-label="Try this"><p class="callout-label">Try this</p>...</aside>} */
    private static final class CalloutRenderer implements NodeRenderer {

        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        CalloutRenderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Callout.class);
        }

        @Override
        public void render(Node node) {
            Callout callout = (Callout) node;
            String kind = callout.kind().name().toLowerCase();
            html.line();
            Map<String, String> attributes = new LinkedHashMap<>(); // a stable order gives the same HTML every time
            attributes.put("class", "callout callout-" + kind);
            attributes.put("aria-label", callout.kind().label());
            html.tag("aside", attributes);
            html.line();
            html.tag("p", Map.of("class", "callout-label"));
            html.text(callout.kind().label());
            html.tag("/p");
            html.line();
            Node child = callout.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
            html.tag("/aside");
            html.line();
        }
    }
}
