package org.peerpath.identity;

import java.util.List;

/**
 * Accounts the sign-in page may show, e.g. demo accounts. Another feature provides them;
 * without any provider the page shows none.
 */
public interface SignInHints {

    List<Hint> hints();

    record Hint(String email, String password, String description) {
    }
}
