package org.peerpath.demo;

import org.peerpath.identity.Role;
import org.peerpath.identity.SignInHints;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The demo accounts, shown on the sign-in page only in demo mode. */
@Component
class DemoAccounts implements SignInHints {

    static final String ORGANIZATION = "Demo Recovery Community Center";
    static final String PLATFORM_ORGANIZATION = "Peerpath Platform";
    static final String PASSWORD = "peerpath-demo";

    record Account(String email, String name, Set<Role> roles, String description) {
    }

    static final Account SUPERVISOR = new Account("supervisor@demo.peerpath.org", "Sam Okafor",
            EnumSet.of(Role.SUPERVISOR), "supervisor of both demo trainees");
    static final Account TRAINEE = new Account("trainee@demo.peerpath.org", "Taylor Brooks",
            EnumSet.of(Role.TRAINEE), "trainee, just starting");
    static final Account SECOND_TRAINEE = new Account("trainee2@demo.peerpath.org", "Jordan Rivera",
            EnumSet.of(Role.TRAINEE), "trainee with some progress");
    static final Account ORG_ADMIN = new Account("orgadmin@demo.peerpath.org", "Morgan Lee",
            EnumSet.of(Role.ORG_ADMIN), "organization admin");
    static final Account PLATFORM_ADMIN = new Account("admin@demo.peerpath.org", "Alex Chen",
            EnumSet.of(Role.PLATFORM_ADMIN), "platform admin");

    static final Account READY_TRAINEE = new Account("ready@demo.peerpath.org", "Casey Nguyen",
            EnumSet.of(Role.TRAINEE), "trainee who has met every requirement");
    static final List<Account> ALL = List.of(TRAINEE, SECOND_TRAINEE, READY_TRAINEE, SUPERVISOR, ORG_ADMIN, PLATFORM_ADMIN);

    private final DemoMode demoMode;

    DemoAccounts(DemoMode demoMode) {
        this.demoMode = demoMode;
    }

    @Override
    public List<Hint> hints() {
        if (!demoMode.isEnabled()) {
            return List.of();
        }
        return ALL.stream().map(a -> new Hint(a.email(), PASSWORD, a.description())).toList();
    }
}
