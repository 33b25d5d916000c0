package org.peerpath.identity;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpath.common.ValidationException;
import org.peerpath.testsupport.Fixtures;
import org.peerpath.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sign-in: hashed passwords, lockout after repeated failures, and no way to tell which addresses exist. */
@IntegrationTest
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class SignInIntegrationTest {

    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    AccountService accounts;
    @Autowired
    StaffService staff;
    @Autowired
    Fixtures fixtures;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    String trainee;
    String admin;

    @BeforeEach
    void account() {
        long org = fixtures.organization();
        trainee = fixtures.account(org, Role.TRAINEE);
        admin = fixtures.account(org, Role.ORG_ADMIN);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        String hash = jdbc.queryForObject("select password_hash from user_account where email = ?", String.class, trainee);
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(Fixtures.PASSWORD);
    }

    @Test
    void fiveWrongPasswordsLockTheAddress_evenForTheRightPassword() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(trainee, "wrong password " + Math.random())).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn(trainee, Fixtures.PASSWORD)).isInstanceOf(LockedException.class);
    }

    @Test
    void unknownAddressesBehaveExactlyLikeKnownOnes() {
        String nobody = "nobody-" + System.nanoTime() + "@example.org";
        AuthenticationException unknown = catchFailure(nobody, "whatever password");
        AuthenticationException wrong = catchFailure(trainee, "whatever password");
        assertThat(unknown).isInstanceOf(BadCredentialsException.class).hasMessage(wrong.getMessage());

        for (int i = 0; i < 4; i++) {
            catchFailure(nobody, "whatever password");
        }
        assertThat(catchFailure(nobody, "whatever password")).isInstanceOf(LockedException.class);
    }

    @Test
    void successResetsTheFailureCount() {
        for (int i = 0; i < 4; i++) {
            catchFailure(trainee, "wrong");
        }
        signIn(trainee, Fixtures.PASSWORD);
        for (int i = 0; i < 4; i++) {
            catchFailure(trainee, "wrong");
        }
        assertThat(signIn(trainee, Fixtures.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void securityEventsAreLoggedWithTheirFieldsButNeverWithPasswords(org.springframework.boot.test.system.CapturedOutput output) {
        catchFailure(trainee, "my secret guess");
        signIn(trainee, Fixtures.PASSWORD);

        assertThat(output.getAll())
                .contains("event=login.failure email=" + trainee + " failures=1")
                .contains("event=login.success email=" + trainee)
                .doesNotContain("my secret guess")
                .doesNotContain(Fixtures.PASSWORD);
    }

    @Test
    void deactivatedAccountsCannotSignIn() {
        fixtures.signIn(admin);
        StaffMember member = staff.member(fixtures.idOf(trainee));
        staff.deactivate(member.id(), member.version());
        Fixtures.signOut();

        assertThatThrownBy(() -> signIn(trainee, Fixtures.PASSWORD)).isInstanceOf(DisabledException.class);
    }

    @Test
    void peopleChangeTheirOwnPasswordAfterProvingTheCurrentOne() {
        fixtures.signIn(trainee);
        assertThatThrownBy(() -> accounts.changePassword("not it", "a brand new passphrase"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("current password");

        accounts.changePassword(Fixtures.PASSWORD, "a brand new passphrase");
        Fixtures.signOut();

        assertThat(signIn(trainee, "a brand new passphrase").isAuthenticated()).isTrue();
        assertThatThrownBy(() -> signIn(trainee, Fixtures.PASSWORD)).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aDeactivatedAccountWithAWrongPasswordLooksLikeAnyWrongPassword_andCountsTowardTheLockout() {
        fixtures.signIn(admin);
        StaffMember member = staff.member(fixtures.idOf(trainee));
        staff.deactivate(member.id(), member.version());
        Fixtures.signOut();

        assertThat(catchFailure(trainee, "a guess")).isInstanceOf(BadCredentialsException.class);
        for (int i = 0; i < 3; i++) {
            catchFailure(trainee, "a guess");
        }
        assertThat(catchFailure(trainee, Fixtures.PASSWORD)).isInstanceOf(DisabledException.class);
        assertThat(catchFailure(trainee, Fixtures.PASSWORD)).isInstanceOf(LockedException.class);
    }

    @Test
    void parallelGuessesEachCountTowardTheLockout() throws Exception {
        int guesses = 8;
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(guesses);
        try {
            var results = new java.util.ArrayList<java.util.concurrent.Future<AuthenticationException>>();
            for (int i = 0; i < guesses; i++) {
                String guess = "parallel guess " + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return catchFailure(trainee, guess);
                }));
            }
            start.countDown();
            for (var result : results) {
                assertThat(result.get()).isInstanceOfAny(BadCredentialsException.class, LockedException.class);
            }
        } finally {
            pool.shutdownNow();
        }
        Integer counted = jdbc.queryForObject("select failed_attempts from login_throttle where email = ?", Integer.class, trainee);
        assertThat(counted).isBetween(5, guesses);
        assertThat(catchFailure(trainee, Fixtures.PASSWORD)).isInstanceOf(LockedException.class);
    }

    @Test
    void anOverlongAddressIsAWrongPasswordNotAnError() {
        String longAddress = "x".repeat(400) + "@example.org";
        assertThat(catchFailure(longAddress, "whatever")).isInstanceOf(BadCredentialsException.class);
    }

    private org.springframework.security.core.Authentication signIn(String email, String password) {
        return authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    private AuthenticationException catchFailure(String email, String password) {
        try {
            signIn(email, password);
            throw new AssertionError("sign-in should have failed");
        } catch (AuthenticationException e) {
            return e;
        }
    }
}
