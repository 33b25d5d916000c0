package org.peerpath.identity;

import org.peerpath.common.NotFoundException;
import org.peerpath.common.SecurityLog;
import org.peerpath.common.ValidationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * Accepting an invitation, which is the only way an account is created. Open to anonymous callers:
 * the unguessable token is the authorization.
 */
@Service
@Transactional
public class InvitationService {

    static final String UNUSABLE = "This invitation link is not valid any more. It may have been used already, "
            + "withdrawn, or expired (links work for 7 days). Ask your administrator for a new one.";

    private final InvitationRepository invitations;
    private final UserAccountRepository accounts;
    private final OrganizationDirectory organizations;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    InvitationService(InvitationRepository invitations, UserAccountRepository accounts,
                      OrganizationDirectory organizations, PasswordEncoder passwordEncoder, Clock clock) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.organizations = organizations;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public InvitationDetails open(String token) {
        Invitation invitation = usable(token);
        return new InvitationDetails(invitation.getEmail(), invitation.getDisplayName(),
                organizations.nameOf(invitation.getOrganizationId()).orElse(""), invitation.getRoles());
    }

    /** Creates the account; the token cannot be used again. */
    public void accept(String token, String displayName, String password) {
        Invitation invitation = usable(token);
        if (displayName == null || displayName.isBlank()) {
            throw ValidationException.forField("displayName", "Enter your name as colleagues know it.");
        }
        if (displayName.strip().length() > 120) {
            throw ValidationException.forField("displayName", "Use at most 120 characters for your name.");
        }
        PasswordPolicy.problem(password, invitation.getEmail()).ifPresent(problem -> {
            throw ValidationException.forField("password", problem);
        });
        if (accounts.existsByEmail(invitation.getEmail())) {
            throw new ValidationException("An account with this e-mail address exists already. Sign in instead.");
        }
        Instant now = clock.instant();
        invitation.accept(now);
        UserAccount account = new UserAccount(invitation.getOrganizationId(), invitation.getEmail(), displayName,
                passwordEncoder.encode(password), invitation.getRoles(), now);
        account.assignSupervisor(invitation.getSupervisorId());
        try {
            accounts.save(account);
            invitations.saveAndFlush(invitation);
        } catch (DataIntegrityViolationException | OptimisticLockingFailureException e) {
            // The same link accepted twice at once (two tabs, a double click): the other acceptance won.
            throw new NotFoundException(UNUSABLE);
        }
        SecurityLog.info("invitation.accepted")
                .with("email", invitation.getEmail()).with("roles", invitation.getRoles())
                .log("Invitation accepted, account created");
    }

    private Invitation usable(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new NotFoundException(UNUSABLE);
        }
        return invitations.findByTokenHash(SingleUseTokens.hash(token))
                .filter(i -> i.state(clock.instant()) == Invitation.State.OPEN)
                .orElseThrow(() -> new NotFoundException(UNUSABLE));
    }
}
