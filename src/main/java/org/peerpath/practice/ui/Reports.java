package org.peerpath.practice.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.peerpath.practice.PracticeService;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** Download links for a trainee's hours report; the service decides who may download what. */
final class Reports {

    private Reports() {
    }

    static Span links(PracticeService practice, long traineeId, String traineeName) {
        String base = "practice-hours-" + traineeName.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        Anchor pdf = link(() -> practice.hoursReportPdf(traineeId), base + ".pdf", "application/pdf", "Hours report (PDF)");
        Anchor csv = link(() -> practice.hoursCsv(traineeId), base + ".csv", "text/csv", "Entries (CSV)");
        pdf.getElement().setAttribute("aria-label", "Hours report of " + traineeName + " (PDF)");
        csv.getElement().setAttribute("aria-label", "Entries of " + traineeName + " (CSV)");
        Span links = new Span(pdf, new Span(" · "), csv);
        links.addClassName("report-links");
        return links;
    }

    private static Anchor link(Supplier<byte[]> content, String fileName, String type, String text) {
        return new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        }), text);
    }
}
