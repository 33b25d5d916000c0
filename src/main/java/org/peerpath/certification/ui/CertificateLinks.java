package org.peerpath.certification.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.peerpath.certification.CertificateView;
import org.peerpath.certification.CertificationService;

import java.io.ByteArrayInputStream;

/** The certificate PDF and its public verification page. */
final class CertificateLinks {

    private CertificateLinks() {
    }

    static Span of(CertificationService certification, CertificateView certificate) {
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = certification.certificatePdf(certificate.id());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "certificate-" + certificate.code() + ".pdf",
                    "application/pdf", bytes.length);
        }), "Certificate (PDF)");
        Anchor verify = new Anchor("verify/" + certificate.code(), "Public verification page");
        return new Span(pdf, new Span(" · "), verify);
    }
}
