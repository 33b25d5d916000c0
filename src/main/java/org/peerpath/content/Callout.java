package org.peerpath.content;

import org.commonmark.node.CustomBlock;

import java.util.Arrays;
import java.util.Optional;

/** A call-out box: a blockquote whose first line is {@code [!TRY]}, {@code [!REFLECT]}, {@code [!SCENARIO]} or {@code [!NOTE]}. */
final class Callout extends CustomBlock {

    enum Kind {
        TRY("Try this"), REFLECT("Reflect"), SCENARIO("Scenario"), NOTE("Note");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        String marker() {
            return "[!" + name() + "]";
        }

        static Optional<Kind> ofMarker(String text) {
            return Arrays.stream(values()).filter(k -> k.marker().equals(text)).findFirst();
        }
    }

    private final Kind kind;

    Callout(Kind kind) {
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }
}
