package org.peerpath.identity;

import java.util.Locale;
import java.util.regex.Pattern;

/** E-mail addresses are compared case-insensitively and without surrounding blanks. */
final class Emails {

    // Deliberately simple: one @, something on both sides, a dot in the domain. Real checking is the invitation mail.
    private static final Pattern PLAUSIBLE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private Emails() {
    }

    static String normalize(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    static boolean isPlausible(String email) {
        return PLAUSIBLE.matcher(normalize(email)).matches() && normalize(email).length() <= 254;
    }
}
