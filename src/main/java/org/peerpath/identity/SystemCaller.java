package org.peerpath.identity;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.EnumSet;
import java.util.function.Supplier;

/**
 * Runs start-up work (demo data, content import) as the platform itself, so that services keep their
 * method-security checks instead of growing unchecked back doors.
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
