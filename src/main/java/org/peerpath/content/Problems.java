package org.peerpath.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem instead of stopping at the first, so an author can fix them all in one go. */
final class Problems {

    private final List<ContentProblem> list = new ArrayList<>();

    void add(String file, int line, String message) {
        list.add(new ContentProblem(file, line, message));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    int size() {
        return list.size();
    }

    List<ContentProblem> sorted() {
        return list.stream()
                .sorted(Comparator.comparing(ContentProblem::file).thenComparingInt(ContentProblem::line))
                .toList();
    }
}
