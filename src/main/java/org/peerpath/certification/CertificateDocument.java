package org.peerpath.certification;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.peerpath.common.PdfFonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** The printable certificate: who, what, by whom, when, and a QR code to the public verification page. */
final class CertificateDocument {

    private static final DateTimeFormatter DATE = CertificateDates.DAY;

    private CertificateDocument() {
    }

    static byte[] pdf(CertificateView certificate, String verificationUrl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 60, 60, 60, 60);
        PdfWriter.getInstance(document, out);
        document.addTitle("Certificate: " + certificate.holderName());
        document.addCreator("Peerpath");
        document.open();
        Font small = PdfFonts.regular(11);
        Font name = PdfFonts.bold(30);
        Font title = PdfFonts.bold(18);
        document.add(centered(certificate.issuer(), small));
        document.add(centered("certifies that", small));
        document.add(centered(certificate.holderName(), name));
        document.add(centered("has met every requirement of", small));
        document.add(centered(certificate.programTitle() + " (program version " + certificate.programVersion() + ")", title));
        document.add(centered("Issued " + DATE.format(certificate.issuedOn()) + " · valid until " + DATE.format(certificate.expiresOn()), small));
        document.add(centered("Verification code " + certificate.code(), small));
        document.add(centered("Check this certificate at " + verificationUrl, small));
        Image qr = qrCode(verificationUrl);
        qr.setAlignment(Element.ALIGN_CENTER);
        qr.scaleAbsolute(120, 120);
        document.add(qr);
        document.close();
        return out.toByteArray();
    }

    private static Paragraph centered(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(8);
        return paragraph;
    }

    static Image qrCode(String url) {
        try {
            var matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 300, 300,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", png);
            return Image.getInstance(png.toByteArray());
        } catch (WriterException | IOException e) {
            throw new IllegalStateException("Could not draw the QR code", e);
        }
    }
}
