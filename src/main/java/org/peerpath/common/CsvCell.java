package org.peerpath.common;

/** One CSV cell: RFC 4180 quoting, and a leading apostrophe where a spreadsheet would run the text as a formula. */
public final class CsvCell {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvCell() {
    }

    public static String of(String value) {
        if (value == null) {
            return "";
        }
        // The first character alone decides: a regex with '.' would stop at a line break and let "=1\n2" through.
        String cell = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }
}
