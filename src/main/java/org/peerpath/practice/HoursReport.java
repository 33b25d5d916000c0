package org.peerpath.practice;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.peerpath.common.CsvCell;
import org.peerpath.common.PdfFonts;
import org.peerpath.content.Domain;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The hours report a certification board receives: totals by domain and month, every signed entry with its
 * signer and date, the supervision log and a signature page. Also the same entries as CSV.
 */
final class HoursReport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private HoursReport() {
    }

    static byte[] pdf(String traineeName, List<EntryView> entries, List<SessionView> sessions, PracticeTotals totals, Instant now) {
        List<EntryView> signed = entries.stream().filter(e -> e.status() == EntryStatus.APPROVED).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle("Supervised practice hours: " + traineeName);
        document.addCreator("Peerpath");
        document.open();
        Font title = PdfFonts.bold(16);
        Font heading = PdfFonts.bold(12);
        Font body = PdfFonts.regular(9);
        document.add(new Paragraph("Supervised practice hours report", title));
        document.add(new Paragraph("Trainee: " + traineeName + "    Generated: " + WHEN.format(now), body));
        document.add(new Paragraph("Only entries signed by a supervisor and supervision sessions the supervisor confirmed count. "
                + "Notes are de-identified by the trainee and checked for identifying information.", body));

        document.add(new Paragraph("Totals by domain (signed)", heading));
        PdfPTable byDomain = table(body, "Domain", "Signed hours", "Waiting for sign-off");
        for (Domain domain : Domain.values()) {
            row(byDomain, body, domain.label(), hours(totals.hours(domain, EntryStatus.APPROVED)), hours(totals.hours(domain, EntryStatus.SUBMITTED)));
        }
        row(byDomain, body, "All domains", hours(totals.total(EntryStatus.APPROVED)) + " of " + hours(totals.requiredPractice()) + " required",
                hours(totals.total(EntryStatus.SUBMITTED)));
        document.add(byDomain);

        document.add(new Paragraph("Signed hours by month", heading));
        Map<YearMonth, Integer> perMonth = new TreeMap<>(signed.stream().collect(Collectors.groupingBy(
                e -> YearMonth.from(e.date()), Collectors.summingInt(EntryView::minutes))));
        PdfPTable months = table(body, "Month", "Signed hours");
        perMonth.forEach((month, minutes) -> row(months, body, month.toString(), hours(minutes)));
        document.add(months);

        document.add(new Paragraph("Signed entries", heading));
        PdfPTable list = table(body, "Date", "Start", "Hours", "Domain", "Activity", "Setting", "Reflection", "Signed by", "Signed at",
                "SHA-256");
        list.setWidths(new float[]{7, 5, 4, 9, 9, 9, 30, 9, 9, 9});
        for (EntryView e : signed) {
            row(list, body, e.date().toString(), e.start().toString(), hours(e.minutes()), e.domain().label(), e.activity().label(),
                    e.setting().label(), e.note(), e.signedBy(), WHEN.format(e.signedAt()), PracticeService.shortHash(e.signatureHash()));
        }
        document.add(list);

        document.add(new Paragraph("Supervision log", heading));
        PdfPTable log = table(body, "Date", "Minutes", "Format", "Supervisor", "Topics", "Confirmed");
        for (SessionView s : sessions) {
            row(log, body, s.date().toString(), Integer.toString(s.minutes()), s.format(), s.supervisorName(), s.topics(),
                    s.confirmed() ? "Yes" : "Not yet");
        }
        document.add(log);

        document.newPage();
        document.add(new Paragraph("Signature page", title));
        document.add(new Paragraph("Each signed entry above was approved by the named supervisor, who re-entered their password and attested: \""
                + PracticeService.ATTESTATION + "\" The system recorded the time, the network address and a SHA-256 "
                + "fingerprint of the exact entry content for every signature. The SHA-256 column shows the first 12 hexadecimal "
                + "digits of that fingerprint; the CSV export carries it in full.", body));
        Map<String, Long> bySigner = signed.stream().collect(Collectors.groupingBy(EntryView::signedBy, TreeMap::new, Collectors.counting()));
        PdfPTable signers = table(body, "Supervisor", "Entries signed", "Signature (for the board's copy)", "Date");
        bySigner.forEach((name, count) -> row(signers, body, name, count.toString(), "\n\n", ""));
        document.add(signers);
        document.close();
        return out.toByteArray();
    }

    static byte[] csv(List<EntryView> entries) {
        StringBuilder csv = new StringBuilder("date,start,minutes,domain,activity,setting,status,note,signed_by,signed_at,signature_sha256\n");
        for (EntryView e : entries) {
            csv.append(String.join(",", e.date().toString(), e.start().toString(), Integer.toString(e.minutes()), e.domain().label(),
                    e.activity().label(), e.setting().label(), e.status().label(), CsvCell.of(e.note()), CsvCell.of(e.signedBy()),
                    e.signedAt() == null ? "" : e.signedAt().toString(), e.signatureHash() == null ? "" : e.signatureHash())).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static PdfPTable table(Font font, String... headers) {
        PdfPTable table = new PdfPTable(headers.length);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(10);
        table.setHeaderRows(1);
        Font bold = PdfFonts.bold(font.getSize());
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, bold));
            cell.setHorizontalAlignment(Element.ALIGN_LEFT);
            table.addCell(cell);
        }
        return table;
    }

    private static void row(PdfPTable table, Font font, String... cells) {
        for (String cell : cells) {
            table.addCell(new PdfPCell(new Phrase(cell == null ? "" : cell, font)));
        }
    }

    private static String hours(int minutes) {
        return hours(BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP));
    }

    private static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }
}
