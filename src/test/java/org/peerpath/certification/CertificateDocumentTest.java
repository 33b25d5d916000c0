package org.peerpath.certification;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CertificateDocumentTest {

    @Test
    void theHoldersNameIsPrintedAsSpelled_evenOutsideLatin1() throws IOException {
        CertificateView certificate = new CertificateView(1, 0, "ABCD-EFGH-JKMN-PQRS", 7, "Zoë Ørsted-Śliwińska",
                "Peer Recovery Coach", 1, "Riverside Recovery Community", LocalDate.of(2026, 11, 1), LocalDate.of(2028, 11, 1),
                null, null, null);

        byte[] pdf = CertificateDocument.pdf(certificate, "https://peerpath.example/verify/ABCD-EFGH-JKMN-PQRS");

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Zoë Ørsted-Śliwińska", "Riverside Recovery Community", "ABCD-EFGH-JKMN-PQRS");
        }
    }
}
