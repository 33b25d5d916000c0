package org.peerpath.assessment.ui;


import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Small shared bits of the quiz views. */
final class Links {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneOffset.UTC);

    private Links() {
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }
}
