package org.peerpath.certification;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How certificate dates read everywhere (pages, PDF, reminders, messages): "1 December 2026", in English whatever the server's locale. */
public final class CertificateDates {

    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private CertificateDates() {
    }
}
