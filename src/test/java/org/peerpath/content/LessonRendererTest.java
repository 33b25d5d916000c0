package org.peerpath.content;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LessonRendererTest {

    private static String html(String markdown) {
        return LessonRenderer.toHtml("motivational-interviewing", markdown, Map.of());
    }

    @Test
    void rawHtmlAndScriptAreEscapedNeverPassedThrough() {
        String html = html("## Hi\n\n<script>alert('x')</script>\n\nText with <img src=x onerror=alert(1)> inline.\n");

        assertThat(html).doesNotContain("<script").doesNotContain("<img")
                .contains("&lt;script&gt;").contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void javascriptUrlsAreRemoved() {
        assertThat(html("[click](javascript:alert(1))")).doesNotContain("javascript:");
    }

    @Test
    void calloutsBecomeLabelledBoxes() {
        String html = html("> [!TRY]\n> Say it back in your own words.\n\n> [!SCENARIO]\n> Marcus says: \"Hi.\"\n");

        assertThat(html).contains("<aside class=\"callout callout-try\" aria-label=\"Try this\">")
                .contains("<p class=\"callout-label\">Try this</p>")
                .contains("<p>Say it back in your own words.</p>")
                .contains("<aside class=\"callout callout-scenario\" aria-label=\"Scenario\">")
                .doesNotContain("[!TRY]").doesNotContain("<blockquote>");
    }

    @Test
    void lessonLinksPointIntoTheReader() {
        String html = html("See [OARS](lesson:oars) and [ethics](lesson:ethical-boundaries/scope-of-practice).");

        assertThat(html).contains("href=\"/courses/motivational-interviewing/oars\"")
                .contains("href=\"/courses/ethical-boundaries/scope-of-practice\"");
    }

    @Test
    void headingsSitBelowTheLessonTitle() {
        assertThat(html("## Section\n\n### Part\n")).contains("<h3>Section</h3>").contains("<h4>Part</h4>");
    }

    @Test
    void tablesRender() {
        assertThat(html("| A | B |\n|---|---|\n| 1 | 2 |\n")).contains("<table>").contains("<td>1</td>");
    }

    @Test
    void imagesAreEmbeddedFromTheLoadedContent() {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>x</title></svg>".getBytes(StandardCharsets.UTF_8);
        String html = LessonRenderer.toHtml("m", "![Three layers](images/layers.svg)",
                Map.of("layers.svg", new LessonImage("layers.svg", "image/svg+xml", svg)));

        assertThat(html).contains("<img src=\"data:image/svg+xml;base64,").contains("alt=\"Three layers\"");
    }
}
