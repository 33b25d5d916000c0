package org.peerpath.common;

import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Fonts for the documents Peerpath prints (hours reports, certificates). The 14 standard PDF fonts only know
 * Latin-1, so a trainee called Łucja Wójcik or Nguyễn Thị Hoa would lose letters of their own name. Liberation Sans
 * (shipped with OpenPDF's font package) covers Latin, Greek and Cyrillic and is embedded in every document, so the
 * file looks the same on a board's computer as on ours.
 */
public final class PdfFonts {

    private static final BaseFont REGULAR = load("liberation/LiberationSans-Regular.ttf");
    private static final BaseFont BOLD = load("liberation/LiberationSans-Bold.ttf");

    private PdfFonts() {
    }

    public static Font regular(float size) {
        return new Font(REGULAR, size);
    }

    public static Font bold(float size) {
        return new Font(BOLD, size);
    }

    private static BaseFont load(String resource) {
        try {
            // Identity-H keeps every character the font has; embedding subsets it to the characters used.
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF font " + resource + " is missing from the classpath", e);
        }
    }
}
