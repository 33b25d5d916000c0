package org.peerpath.identity;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.EnumSet;
import java.util.function.Supplier;

/**
 * Runs start-up and scheduled work (demo data, content import, reminders) as the platform itself, so that services
 * keep their method-security checks instead of growing unchecked back doors.
 *
 * <p>Not for code running in a Vaadin request: Vaadin's security-context strategy prefers the signed-in person's
 * context stored in the session over this thread's, so the switch would silently not happen there.
 */
public final class SystemCaller {

    private static final PeerpathUser SYSTEM = new PeerpathUser(0, 0, "system@peerpath.local", "Peerpath",
            EnumSet.of(Role.PLATFORM_ADMIN), null, true, false);

    private SystemCaller() {
    }

    public static <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM, null, SYSTEM.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
