package org.peerpath.identity;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpath.common.NotFoundException;
import org.peerpath.common.ValidationException;
import org.peerpath.testsupport.Fixtures;
import org.peerpath.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An invitation link works exactly once, before it expires, and creates the account it describes. */
@IntegrationTest
class InvitationIntegrationTest {

    @Autowired
    StaffService staff;
    @Autowired
    InvitationService invitations;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    JdbcTemplate jdbc;

    long org;
    String admin;
    String supervisor;

    @BeforeEach
    void organization() {
        org = fixtures.organization();
        admin = fixtures.account(org, Role.ORG_ADMIN);
        supervisor = fixtures.account(org, Role.SUPERVISOR);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void invitedPersonSetsAPasswordOnceAndCanSignIn() {
        fixtures.signIn(admin);
        InvitationLink link = staff.invite("New.Coach@Example.org", "Riley Park", EnumSet.of(Role.TRAINEE), fixtures.idOf(supervisor));
        Fixtures.signOut();
        String token = link.url().substring(link.url().lastIndexOf('/') + 1);

        assertThat(link.mailed()).isFalse();
        assertThat(invitations.open(token).email()).isEqualTo("new.coach@example.org");
        invitations.accept(token, "Riley Park", "lantern river stone");

        Authentication signedIn = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("new.coach@example.org", "lantern river stone"));
        PeerpathUser user = (PeerpathUser) signedIn.getPrincipal();
        assertThat(user.roles()).containsExactly(Role.TRAINEE);
        assertThat(user.organizationId()).isEqualTo(org);
        fixtures.signIn(admin);
        assertThat(staff.member(user.id()).supervisorName()).isNotNull();

        assertThatThrownBy(() -> invitations.accept(token, "Someone Else", "another long passphrase"))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("not valid any more");
    }

    @Test
    void theSameLinkAcceptedTwiceAtOnceCreatesOneAccount_theOtherIsToldTheLinkIsUsed() throws Exception {
        fixtures.signIn(admin);
        InvitationLink link = staff.invite("twice@example.org", "Riley Park", EnumSet.of(Role.TRAINEE), null);
        Fixtures.signOut();
        String token = link.url().substring(link.url().lastIndexOf('/') + 1);

        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var results = new java.util.ArrayList<java.util.concurrent.Future<String>>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        invitations.accept(token, "Riley Park", "lantern river stone");
                        return "accepted";
                    } catch (NotFoundException e) {
                        return e.getMessage();
                    }
                }));
            }
            start.countDown();
            var outcomes = new java.util.ArrayList<String>();
            for (var result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).filteredOn("accepted"::equals).hasSize(1);
            assertThat(outcomes).filteredOn(o -> !o.equals("accepted")).singleElement().asString().contains("not valid any more");
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from user_account where email = 'twice@example.org'", Integer.class)).isEqualTo(1);
    }

    @Test
    void anOverlongNameIsAMessageAndTheLinkStaysUsable() {
        fixtures.signIn(admin);
        InvitationLink link = staff.invite("long-name@example.org", "Riley Park", EnumSet.of(Role.TRAINEE), null);
        Fixtures.signOut();
        String token = link.url().substring(link.url().lastIndexOf('/') + 1);

        assertThatThrownBy(() -> invitations.accept(token, "R".repeat(121), "lantern river stone"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at most 120");
        invitations.accept(token, "Riley Park", "lantern river stone");
    }

    @Test
    void onlyAHashOfTheTokenIsStored() {
        fixtures.signIn(admin);
        InvitationLink link = staff.invite("hash@example.org", "Hash Check", EnumSet.of(Role.TRAINEE), null);
        String token = link.url().substring(link.url().lastIndexOf('/') + 1);

        assertThat(jdbc.queryForList("select token_hash from invitation", String.class))
                .containsExactly(SingleUseTokens.hash(token))
                .doesNotContain(token);
    }

    @Test
    void expiredAndWithdrawnLinksAreRefused() {
        fixtures.signIn(admin);
        String expired = tokenOf(staff.invite("late@example.org", "Late", EnumSet.of(Role.TRAINEE), null));
        InvitationLink withdrawnLink = staff.invite("gone@example.org", "Gone", EnumSet.of(Role.TRAINEE), null);
        staff.revokeInvitation(staff.pendingInvitations().stream()
                .filter(i -> i.email().equals("gone@example.org")).findFirst().orElseThrow().id());
        jdbc.update("update invitation set expires_at = ? where email = 'late@example.org'",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)));
        Fixtures.signOut();

        assertThatThrownBy(() -> invitations.open(expired)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> invitations.open(tokenOf(withdrawnLink))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> invitations.open("guessed-token")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aWeakPasswordIsRefusedAndTheLinkStaysUsable() {
        fixtures.signIn(admin);
        String token = tokenOf(staff.invite("weak@example.org", "Weak", EnumSet.of(Role.SUPERVISOR), null));
        Fixtures.signOut();

        assertThatThrownBy(() -> invitations.accept(token, "Weak", "short"))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).fieldErrors()).containsKey("password"));
        assertThat(invitations.open(token).email()).isEqualTo("weak@example.org");
    }

    @Test
    void anAddressWithAnAccountCannotBeInvitedAgain() {
        fixtures.signIn(admin);
        assertThatThrownBy(() -> staff.invite(supervisor.toUpperCase(), "Dup", EnumSet.of(Role.TRAINEE), null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("already has a Peerpath account");
    }

    private static String tokenOf(InvitationLink link) {
        return link.url().substring(link.url().lastIndexOf('/') + 1);
    }
}
