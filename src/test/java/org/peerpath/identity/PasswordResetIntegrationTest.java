package org.peerpath.identity;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpath.common.NotFoundException;
import org.peerpath.common.ValidationException;
import org.peerpath.testsupport.Fixtures;
import org.peerpath.testsupport.IntegrationTest;
import org.peerpath.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.session.SessionRegistry;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A forgotten password is not the end of an account: an org admin issues a single-use reset link. */
@IntegrationTest
class PasswordResetIntegrationTest {

    @Autowired
    PasswordResetService resets;
    @Autowired
    StaffService staff;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    SessionRegistry sessionRegistry;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    String admin;
    String trainee;
    String outsider;

    @BeforeEach
    void people() {
        long org = fixtures.organization();
        admin = fixtures.account(org, Role.ORG_ADMIN);
        trainee = fixtures.account(org, Role.TRAINEE);
        outsider = fixtures.account(fixtures.organization(), Role.TRAINEE);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void anAdminsLinkSetsANewPasswordOnce_endsOldSessions_andLiftsALockout() {
        for (int i = 0; i < 5; i++) {
            tryToSignIn(trainee, "forgotten " + i);
        }
        sessionRegistry.registerNewSession("trainee-old-session", fixtures.contextFor(trainee).getAuthentication().getPrincipal());
        fixtures.signIn(admin);
        PasswordResetLink link = resets.issueFor(fixtures.idOf(trainee));
        Fixtures.signOut();

        assertThat(link.mailed()).isFalse();
        assertThat(link.url()).contains("/reset-password/");
        String token = token(link);
        assertThat(resets.open(token)).isEqualTo(trainee);
        resets.reset(token, "a fresh long passphrase");

        assertThat(signIn(trainee, "a fresh long passphrase").isAuthenticated()).isTrue();
        assertThat(sessionRegistry.getSessionInformation("trainee-old-session").isExpired()).isTrue();
        assertThatThrownBy(() -> resets.reset(token, "yet another passphrase"))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("not valid any more");
        assertThat(jdbc.queryForObject("select count(*) from password_reset where token_hash = ?", Integer.class, token))
                .as("only a hash of the token is stored").isZero();
    }

    @Test
    void aWeakPasswordIsAMessageAndTheLinkStaysUsable() {
        fixtures.signIn(admin);
        String token = token(resets.issueFor(fixtures.idOf(trainee)));
        Fixtures.signOut();

        assertThatThrownBy(() -> resets.reset(token, "short")).isInstanceOf(ValidationException.class).hasMessageContaining("at least 12");
        resets.reset(token, "a fresh long passphrase");
    }

    @Test
    void aNewerLinkReplacesTheOlder_andLinksExpireAfter24Hours() {
        fixtures.signIn(admin);
        String older = token(resets.issueFor(fixtures.idOf(trainee)));
        String newer = token(resets.issueFor(fixtures.idOf(trainee)));
        Fixtures.signOut();

        assertThatThrownBy(() -> resets.open(older)).isInstanceOf(NotFoundException.class);
        clock.advance(Duration.ofHours(24).plusMinutes(1));
        assertThatThrownBy(() -> resets.open(newer)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> resets.open("made-up-token")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void adminsIssueLinksOnlyInsideTheirOrganization_andNotForDeactivatedPeople() {
        fixtures.signIn(admin);
        assertThatThrownBy(() -> resets.issueFor(fixtures.idOf(outsider))).isInstanceOf(NotFoundException.class);
        StaffMember member = staff.member(fixtures.idOf(trainee));
        staff.deactivate(member.id(), member.version());
        assertThatThrownBy(() -> resets.issueFor(member.id())).isInstanceOf(ValidationException.class).hasMessageContaining("deactivated");

        fixtures.signIn(trainee);
        assertThatThrownBy(() -> resets.issueFor(fixtures.idOf(admin))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void withoutMailNobodyCanAskForALinkThemselves() {
        assertThat(resets.selfServiceAvailable()).isFalse();
        resets.requestByEmail(trainee);
        assertThat(jdbc.queryForObject("select count(*) from password_reset", Integer.class)).isZero();
    }

    private static String token(PasswordResetLink link) {
        return link.url().substring(link.url().lastIndexOf('/') + 1);
    }

    private Authentication signIn(String email, String password) {
        return authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    private void tryToSignIn(String email, String password) {
        assertThatThrownBy(() -> signIn(email, password)).isInstanceOf(BadCredentialsException.class);
    }
}
