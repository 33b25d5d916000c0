package org.peerpath.testsupport;

import org.peerpath.identity.AccountProvisioning;
import org.peerpath.identity.Role;
import org.peerpath.identity.SystemCaller;
import org.peerpath.organization.OrganizationService;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/** Creates organizations and accounts through the real services, and signs people in. */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "correct horse battery";

    private final OrganizationService organizations;
    private final AccountProvisioning provisioning;
    private final UserDetailsService userDetails;

    Fixtures(OrganizationService organizations, AccountProvisioning provisioning, UserDetailsService userDetails) {
        this.organizations = organizations;
        this.provisioning = provisioning;
        this.userDetails = userDetails;
    }

    public long organization() {
        String name = "Org " + UUID.randomUUID().toString().substring(0, 8);
        return SystemCaller.call(() -> organizations.ensureExists(name));
    }

    public String account(long organizationId, Role... roles) {
        return account(organizationId, null, roles);
    }

    public String account(long organizationId, Long supervisorId, Role... roles) {
        String email = List.of(roles).getFirst().name().toLowerCase().replace('_', '-') + "-"
                + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        SystemCaller.call(() -> provisioning.createAccount(organizationId, email, "Person " + email.substring(0, 12),
                PASSWORD, EnumSet.copyOf(List.of(roles)), supervisorId));
        return email;
    }

    public long idOf(String email) {
        return SystemCaller.call(() -> provisioning.findAccountId(email)).orElseThrow();
    }

    public SecurityContext contextFor(String email) {
        UserDetails user = userDetails.loadUserByUsername(email);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return context;
    }

    /** Signs {@code email} in on this thread. */
    public void signIn(String email) {
        SecurityContextHolder.setContext(contextFor(email));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
