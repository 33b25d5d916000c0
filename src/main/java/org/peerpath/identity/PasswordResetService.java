package org.peerpath.identity;

import org.peerpath.common.NotFoundException;
import org.peerpath.common.SecurityLog;
import org.peerpath.common.ValidationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Choosing a new password with a single-use link. People ask for one themselves on the sign-in page (it is
 * e-mailed, so only with SMTP configured), or an org admin issues one for a member of their organization and
 * passes it on. Asking never reveals whether an address has an account.
 */
@Service
@Transactional
public class PasswordResetService {

    static final Duration SELF_SERVICE_VALIDITY = Duration.ofHours(1);
    static final Duration ISSUED_VALIDITY = Duration.ofHours(24);
    /** Links one person may ask for per hour, so the sign-in page cannot be used to flood their mailbox. */
    static final int SELF_SERVICE_PER_HOUR = 3;

    static final String UNUSABLE = "This password reset link is not valid any more. It may have been used already, "
            + "replaced by a newer one, or expired. Ask for a new one on the sign-in page or from your administrator.";

    private final PasswordResetRepository resets;
    private final UserAccountRepository accounts;
    private final FailedSignIns failedSignIns;
    private final CurrentUser currentUser;
    private final AccountMailer mailer;
    private final PasswordEncoder passwordEncoder;
    private final SignedInSessions sessions;
    private final Clock clock;
    private final String publicUrl;

    PasswordResetService(PasswordResetRepository resets, UserAccountRepository accounts, FailedSignIns failedSignIns,
                         CurrentUser currentUser, AccountMailer mailer, PasswordEncoder passwordEncoder,
                         SignedInSessions sessions, Clock clock, @Value("${peerpath.public-url}") String publicUrl) {
        this.resets = resets;
        this.accounts = accounts;
        this.failedSignIns = failedSignIns;
        this.currentUser = currentUser;
        this.mailer = mailer;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Whether people can ask for a link themselves: it is e-mailed, so only with SMTP. */
    public boolean selfServiceAvailable() {
        return mailer.isConfigured();
    }

    /**
     * Mails a link to {@code email} if it belongs to an active account and it has not asked too often. Says
     * nothing either way: the caller shows the same message whatever happened.
     */
    public void requestByEmail(String email) {
        String normalized = Emails.normalize(email);
        if (!Emails.isPlausible(normalized) || !mailer.isConfigured()) {
            return;
        }
        Optional<UserAccount> found = accounts.findByEmail(normalized).filter(UserAccount::isActive);
        if (found.isEmpty()) {
            SecurityLog.info("password-reset.requested").with("email", normalized).with("account", false).log("Password reset asked for");
            return;
        }
        UserAccount account = found.get();
        Instant now = clock.instant();
        if (resets.countByAccountIdAndRequestedByIsNullAndCreatedAtAfter(account.getId(), now.minus(Duration.ofHours(1)))
                >= SELF_SERVICE_PER_HOUR) {
            SecurityLog.warn("password-reset.throttled").with("userId", account.getId()).log("Password reset asked for too often");
            return;
        }
        String token = issue(account, now, SELF_SERVICE_VALIDITY, null);
        boolean mailed = mailer.sendPasswordReset(account.getEmail(), account.getDisplayName(), url(token),
                now.plus(SELF_SERVICE_VALIDITY));
        SecurityLog.info("password-reset.requested").with("userId", account.getId()).with("mailed", mailed).log("Password reset asked for");
    }

    /** A link for a member of the admin's organization, to pass on (and mailed when mail is configured). */
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public PasswordResetLink issueFor(long userId) {
        PeerpathUser admin = currentUser.require();
        UserAccount account = accounts.findById(userId)
                .filter(a -> a.getOrganizationId() == admin.organizationId())
                .orElseThrow(() -> new NotFoundException("No such staff member"));
        if (!account.isActive()) {
            throw new ValidationException(account.getDisplayName() + " is deactivated. Reactivate the account first.");
        }
        Instant now = clock.instant();
        String token = issue(account, now, ISSUED_VALIDITY, admin.id());
        Instant expiresAt = now.plus(ISSUED_VALIDITY);
        boolean mailed = mailer.sendPasswordReset(account.getEmail(), account.getDisplayName(), url(token), expiresAt);
        SecurityLog.info("password-reset.issued").with("userId", userId).with("by", admin.id()).with("mailed", mailed)
                .log("Password reset link issued");
        return new PasswordResetLink(account.getEmail(), url(token), expiresAt, mailed);
    }

    /** The address a usable link is for, to show on the reset page. */
    @Transactional(readOnly = true)
    public String open(String token) {
        PasswordReset reset = usable(token);
        return accounts.findById(reset.getAccountId()).map(UserAccount::getEmail).orElseThrow(() -> new NotFoundException(UNUSABLE));
    }

    /** Sets the new password; the link cannot be used again, and every open session of the account ends. */
    public void reset(String token, String newPassword) {
        PasswordReset reset = usable(token);
        UserAccount account = accounts.findById(reset.getAccountId()).filter(UserAccount::isActive)
                .orElseThrow(() -> new NotFoundException(UNUSABLE));
        PasswordPolicy.problem(newPassword, account.getEmail()).ifPresent(problem -> {
            throw ValidationException.forField("password", problem);
        });
        Instant now = clock.instant();
        reset.use(now);
        account.changePassword(passwordEncoder.encode(newPassword));
        try {
            resets.saveAndFlush(reset);
        } catch (OptimisticLockingFailureException e) {
            throw new NotFoundException(UNUSABLE);
        }
        // Whoever proved they hold the mailbox (or got the link from their admin) may sign in at once.
        failedSignIns.clear(account.getEmail());
        int ended = sessions.end(account.getId(), null);
        SecurityLog.info("password-reset.used").with("userId", account.getId()).with("sessionsEnded", ended)
                .log("Password reset with a link");
    }

    private String issue(UserAccount account, Instant now, Duration validity, Long requestedBy) {
        resets.findByAccountIdAndUsedAtIsNullAndWithdrawnAtIsNull(account.getId()).forEach(r -> r.withdraw(now));
        String token = SingleUseTokens.newToken();
        resets.save(new PasswordReset(account.getId(), SingleUseTokens.hash(token), now, now.plus(validity), requestedBy));
        return token;
    }

    private PasswordReset usable(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new NotFoundException(UNUSABLE);
        }
        return resets.findByTokenHash(SingleUseTokens.hash(token))
                .filter(r -> r.isUsable(clock.instant()))
                .orElseThrow(() -> new NotFoundException(UNUSABLE));
    }

    private String url(String token) {
        return publicUrl + "/reset-password/" + token;
    }
}
