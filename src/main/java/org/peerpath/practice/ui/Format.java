package org.peerpath.practice.ui;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

final class Format {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneOffset.UTC);

    private Format() {
    }

    static String duration(int minutes) {
        return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }

    static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString() + " h";
    }

    static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant) + " UTC";
    }
}
