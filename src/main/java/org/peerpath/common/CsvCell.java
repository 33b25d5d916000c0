package org.peerpath.common;

/** One CSV cell: RFC 4180 quoting, and a leading apostrophe where a spreadsheet would run the text as a formula. */
public final class CsvCell {

    private CsvCell() {
    }

    public static String of(String value) {
        if (value == null) {
            return "";
        }
        String cell = value.matches("^[=+\\-@\\t\\r].*") ? "'" + value : value;
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }
}
