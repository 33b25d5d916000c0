package org.peerpath.identity;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpath.testsupport.Fixtures;
import org.peerpath.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session keeps the rights its person had at sign-in, so changes an admin makes must end that person's open
 * sessions: otherwise a deactivated org admin could go on administering until they sign out.
 */
@IntegrationTest
class SignedInSessionsIntegrationTest {

    @Autowired
    StaffService staff;
    @Autowired
    AccountService accounts;
    @Autowired
    SessionRegistry registry;
    @Autowired
    Fixtures fixtures;

    String admin;
    String coAdmin;
    String trainee;

    @BeforeEach
    void people() {
        long org = fixtures.organization();
        admin = fixtures.account(org, Role.ORG_ADMIN);
        coAdmin = fixtures.account(org, Role.ORG_ADMIN);
        trainee = fixtures.account(org, Role.TRAINEE);
    }

    @AfterEach
    void cleanUp() {
        Fixtures.signOut();
        RequestContextHolder.resetRequestAttributes();
        registry.getAllPrincipals().forEach(p -> registry.getAllSessions(p, true)
                .forEach(s -> registry.removeSessionInformation(s.getSessionId())));
    }

    @Test
    void deactivatingSomeoneEndsAllTheirSessionsAndNobodyElses() {
        signedInWith("trainee-laptop", trainee);
        signedInWith("trainee-phone", trainee);
        signedInWith("co-admin", coAdmin);

        fixtures.signIn(admin);
        StaffMember member = staff.member(fixtures.idOf(trainee));
        staff.deactivate(member.id(), member.version());

        assertThat(registry.getSessionInformation("trainee-laptop").isExpired()).isTrue();
        assertThat(registry.getSessionInformation("trainee-phone").isExpired()).isTrue();
        assertThat(registry.getSessionInformation("co-admin").isExpired()).isFalse();
    }

    @Test
    void changingSomeonesRolesEndsTheirSessions_savingTheSameRolesDoesNot() {
        signedInWith("co-admin", coAdmin);
        fixtures.signIn(admin);

        StaffMember member = staff.member(fixtures.idOf(coAdmin));
        member = staff.changeRoles(member.id(), EnumSet.of(Role.ORG_ADMIN), member.version());
        assertThat(registry.getSessionInformation("co-admin").isExpired()).isFalse();

        staff.changeRoles(member.id(), EnumSet.of(Role.SUPERVISOR), member.version());
        assertThat(registry.getSessionInformation("co-admin").isExpired()).isTrue();
    }

    @Test
    void changingOnesPasswordSignsOutOtherSessionsButKeepsThisOne() {
        signedInWith("this-browser", trainee);
        signedInWith("lost-phone", trainee);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(new MockHttpSession(null, "this-browser"));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        fixtures.signIn(trainee);
        accounts.changePassword(Fixtures.PASSWORD, "a brand new passphrase");

        assertThat(registry.getSessionInformation("lost-phone").isExpired()).isTrue();
        assertThat(registry.getSessionInformation("this-browser").isExpired()).isFalse();
    }

    private void signedInWith(String sessionId, String email) {
        registry.registerNewSession(sessionId, fixtures.contextFor(email).getAuthentication().getPrincipal());
    }
}
