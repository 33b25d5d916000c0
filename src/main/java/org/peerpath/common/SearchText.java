package org.peerpath.common;

import java.util.Locale;

/** What someone typed into a search box, made ready for a case-insensitive SQL LIKE with '\' as the escape. */
public final class SearchText {

    private SearchText() {
    }

    /**
     * Lower case and trimmed, with LIKE's wildcards escaped: a typed "%" or "_" is searched for, not expanded.
     * Empty for a blank or missing search.
     */
    public static String escaped(String typed) {
        String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
