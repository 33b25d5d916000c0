package org.peerpath.certification.ui;

import org.peerpath.certification.CertificateDates;
import org.peerpath.certification.CertificateView;
import org.peerpath.certification.RenewalProgress;

import java.time.format.DateTimeFormatter;

/** Renewal progress in words, for the holder and for their org admin. */
final class RenewalSummary {

    static final DateTimeFormatter DATE = CertificateDates.DAY;

    private RenewalSummary() {
    }

    /** "Continuing education 15 of 20 h, ethics 0 of 6 h (approved, completed after 1 March 2026)." */
    static String progress(RenewalProgress renewal) {
        String summary = renewal.summary();
        return Character.toUpperCase(summary.charAt(0)) + summary.substring(1) + " (approved, completed after "
                + DATE.format(renewal.countsAfter()) + ").";
    }

    /** What a renewal today would give: the same dates continued, or a new term after a lapse. */
    static String terms(RenewalProgress renewal, CertificateView certificate) {
        return renewal.late()
                ? "The certificate expired on " + DATE.format(certificate.expiresOn()) + ". A late renewal starts a new term on the "
                + "renewal day: renewed today it would be valid until " + DATE.format(renewal.renewedUntil()) + "."
                : "Renewing before " + DATE.format(certificate.expiresOn()) + " keeps the dates: renewed today the new certificate "
                + "would be valid until " + DATE.format(renewal.renewedUntil()) + ".";
    }
}
