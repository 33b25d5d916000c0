package org.peerpath.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellTest {

    @Test
    void quotesAndEscapes_andDefusesFormulas() {
        assertThat(CsvCell.of("Riley \"R\" Moss, Jr.")).isEqualTo("\"Riley \"\"R\"\" Moss, Jr.\"");
        assertThat(CsvCell.of("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvCell.of("+1 555")).startsWith("\"'+");
        assertThat(CsvCell.of(null)).isEmpty();
    }

    @Test
    void aFormulaSpanningSeveralLinesIsDefusedToo() {
        assertThat(CsvCell.of("=1+1\nsecond line")).isEqualTo("\"'=1+1\nsecond line\"");
        assertThat(CsvCell.of("@SUM(A1)\r\nmore")).startsWith("\"'@");
        assertThat(CsvCell.of("-2\n")).startsWith("\"'-");
        assertThat(CsvCell.of("Plain text\n=not a formula here")).isEqualTo("\"Plain text\n=not a formula here\"");
        assertThat(CsvCell.of("")).isEqualTo("\"\"");
    }

    @Test
    void sha256IsTheStandardDigest() {
        assertThat(Sha256.hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
