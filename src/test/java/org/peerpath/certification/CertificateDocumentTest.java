package org.peerpath.certification;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CertificateDocumentTest {

    static final CertificateView CERTIFICATE = new CertificateView(1, 0, "ABCD-EFGH-JKMN-PQRS", 7, "Zoë Ørsted-Śliwińska",
            "Peer Recovery Coach", 1, "Riverside Recovery Community", LocalDate.of(2026, 11, 1), LocalDate.of(2028, 11, 1),
            null, null, null);
    static final String URL = "https://peerpath.example/verify/ABCD-EFGH-JKMN-PQRS";

    @Test
    void theHoldersNameIsPrintedAsSpelled_evenOutsideLatin1() throws IOException {
        byte[] pdf = CertificateDocument.pdf(CERTIFICATE, URL);

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Zoë Ørsted-Śliwińska", "Riverside Recovery Community", "ABCD-EFGH-JKMN-PQRS");
        }
    }

    @Test
    void theQrCodeOnThePageOpensTheVerificationPage() throws Exception {
        byte[] pdf = CertificateDocument.pdf(CERTIFICATE, URL);

        List<String> decoded = new ArrayList<>();
        try (var document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    decoded.add(decode(image.getImage()));
                }
            }
        }

        assertThat(decoded).containsExactly(URL);
    }

    private static String decode(BufferedImage image) throws Exception {
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
