package org.peerpath.practice;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.peerpath.content.Domain;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The board's hours report prints people's names as they are spelled, whatever their alphabet. */
class HoursReportTest {

    @Test
    void namesOutsideLatin1ArePrintedLetterForLetterWithAnEmbeddedFont() throws IOException {
        String trainee = "Łucja Wójcik-Nguyễn";
        String supervisor = "Алексей Петров";
        EntryView signed = new EntryView(1, 1, 7, trainee, LocalDate.of(2026, 10, 5), LocalTime.of(9, 0), 90, Domain.ADVOCACY,
                Activity.ADVOCACY, Setting.COMMUNITY, "Went with a participant to a housing appointment.", EntryStatus.APPROVED,
                Instant.parse("2026-10-06T10:00:00Z"), null, supervisor, Instant.parse("2026-10-08T15:30:00Z"), "ab".repeat(32));
        PracticeTotals totals = new PracticeTotals(Map.of(Domain.ADVOCACY, Map.of(EntryStatus.APPROVED, new BigDecimal("1.50"))),
                BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("500"), new BigDecimal("25"));

        byte[] pdf = HoursReport.pdf(trainee, List.of(signed), List.of(), totals, Instant.parse("2026-11-01T12:00:00Z"));

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains(trainee, supervisor);
            List<PDFont> fonts = new ArrayList<>();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded())
                    .as("%s is embedded, so the report prints the same on the board's computer", font.getName()).isTrue());
        }
    }
}
