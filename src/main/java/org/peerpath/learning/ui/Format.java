package org.peerpath.learning.ui;

import java.math.BigDecimal;

final class Format {

    private Format() {
    }

    /** 4, 1.5 — never 4.0. */
    static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }
}
