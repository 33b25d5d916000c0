package org.peerpath.identity;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * The sessions people are signed in with. A session holds the roles and organization its person had when they
 * signed in, so when an admin deactivates someone or changes their roles, that person's open sessions are ended:
 * their next request goes to the sign-in page instead of carrying on with rights they no longer have.
 */
@Component
class SignedInSessions {

    private final SessionRegistry registry;

    SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Ends every session of the account, except {@code keepSessionId} (may be null). */
    int end(long accountId, String keepSessionId) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof PeerpathUser user && user.id() == accountId) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    if (!session.getSessionId().equals(keepSessionId)) {
                        session.expireNow();
                        ended++;
                    }
                }
            }
        }
        return ended;
    }
}
