package org.peerpath.identity;

import org.peerpath.common.ConcurrentChangeException;
import org.peerpath.common.NotFoundException;
import org.peerpath.common.SearchText;
import org.peerpath.common.SecurityLog;
import org.peerpath.common.ValidationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An organization's people: invitations, roles, supervisor assignment, deactivation. Every method acts only
 * inside the caller's own organization; records of other organizations look as if they did not exist.
 */
@Service
@Transactional
public class StaffService {

    static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

    private final UserAccountRepository accounts;
    private final InvitationRepository invitations;
    private final CurrentUser currentUser;
    private final OrganizationDirectory organizations;
    private final AccountMailer mailer;
    private final Clock clock;
    private final SignedInSessions sessions;
    private final String publicUrl;

    StaffService(UserAccountRepository accounts, InvitationRepository invitations, CurrentUser currentUser,
                 OrganizationDirectory organizations, AccountMailer mailer, Clock clock, SignedInSessions sessions,
                 @Value("${peerpath.public-url}") String publicUrl) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.invitations = invitations;
        this.currentUser = currentUser;
        this.organizations = organizations;
        this.mailer = mailer;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Everyone in the caller's organization, active or not, by name. */
    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Transactional(readOnly = true)
    public List<StaffMember> staff() {
        return toMembers(accounts.findByOrganizationIdOrderByDisplayName(currentUser.require().organizationId()));
    }

    /**
     * One page of the caller's organization, by name, for a lazily loading list: an organization may have
     * thousands of people. {@code offset} is a multiple of {@code limit}, as grids ask for pages.
     */
    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Transactional(readOnly = true)
    public List<StaffMember> staffPage(String search, int offset, int limit) {
        int size = Math.max(1, limit);
        return toMembers(accounts.search(currentUser.require().organizationId(), SearchText.escaped(search),
                PageRequest.of(offset / size, size, Sort.by("displayName", "id"))));
    }

    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Transactional(readOnly = true)
    public int staffCount(String search) {
        return (int) accounts.countSearch(currentUser.require().organizationId(), SearchText.escaped(search));
    }

    /**
     * One page of the organization's trainees, by name, for pickers and lists that load lazily; deactivated trainees
     * too when asked (their records stay and may still be needed).
     */
    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Transactional(readOnly = true)
    public List<StaffMember> traineePage(String search, boolean deactivatedToo, int offset, int limit) {
        int size = Math.max(1, limit);
        return toMembers(accounts.searchWithRole(currentUser.require().organizationId(), Role.TRAINEE, deactivatedToo,
                SearchText.escaped(search), PageRequest.of(offset / size, size, Sort.by("displayName", "id"))));
    }

    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Transactional(readOnly = true)
    public int traineeCount(String search, boolean deactivatedToo) {
        return (int) accounts.countWithRole(currentUser.require().organizationId(), Role.TRAINEE, deactivatedToo, SearchText.escaped(search));
    }

    /** The organization's active trainees nobody active supervises: their written answers fall to the org admins. */
    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Transactional(readOnly = true)
    public List<StaffMember> traineesWithoutActiveSupervisor() {
        return toMembers(accounts.findActiveTraineesWithoutActiveSupervisor(currentUser.require().organizationId()));
    }

    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Transactional(readOnly = true)
    public StaffMember member(long userId) {
        return toMember(sameOrganization(userId));
    }

    /** The active supervisors of the caller's organization, for assignment and the dashboard's filter. */
    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Transactional(readOnly = true)
    public List<StaffMember> supervisors() {
        return toMembers(accounts.findActiveWithRole(currentUser.require().organizationId(), Role.SUPERVISOR));
    }

    /** The trainees assigned to the calling supervisor. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<StaffMember> myTrainees() {
        return toMembers(accounts.findActiveTraineesOf(currentUser.require().id()));
    }

    /** Whether {@code traineeId} is an active trainee assigned to the calling supervisor. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional(readOnly = true)
    public boolean isMyTrainee(long traineeId) {
        return accounts.existsByIdAndSupervisorIdAndActiveTrue(traineeId, currentUser.require().id());
    }

    /** How many active trainees have {@code supervisorId} (of the admin's organization) as their supervisor. */
    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Transactional(readOnly = true)
    public long activeTraineesOf(long supervisorId) {
        return accounts.countBySupervisorIdAndActiveTrue(sameOrganization(supervisorId).getId());
    }

    /**
     * Whether {@code traineeId} is an active trainee of the calling admin's organization whom no active supervisor
     * supervises: the admins then stand in for the supervisor (grading written quiz answers).
     */
    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Transactional(readOnly = true)
    public boolean isMyTraineeWithoutActiveSupervisor(long traineeId) {
        return accounts.isActiveTraineeWithoutActiveSupervisor(traineeId, currentUser.require().organizationId());
    }

    @PreAuthorize("hasRole('ORG_ADMIN')")
    public InvitationLink invite(String email, String displayName, Set<Role> roles, Long supervisorId) {
        PeerpathUser admin = currentUser.require();
        if (roles.contains(Role.PLATFORM_ADMIN)) {
            throw ValidationException.forField("roles", "Only platform administrators can grant the platform admin role.");
        }
        if (supervisorId != null) {
            requireSupervisor(supervisorId, admin.organizationId());
        }
        return createInvitation(admin.organizationId(), email, displayName, roles, supervisorId, admin.id());
    }

    /** A new organization's first administrator, invited by a platform admin. */
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public InvitationLink inviteOrganizationAdmin(long organizationId, String email, String displayName) {
        PeerpathUser caller = currentUser.require();
        return createInvitation(organizationId, email, displayName, EnumSet.of(Role.ORG_ADMIN), null,
                caller.id() > 0 ? caller.id() : null);
    }

    /** A platform administrator, invited by another one (or by the start-up bootstrap, as the platform itself). */
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public InvitationLink invitePlatformAdmin(long platformOrganizationId, String email, String displayName) {
        PeerpathUser caller = currentUser.require();
        return createInvitation(platformOrganizationId, email, displayName, EnumSet.of(Role.PLATFORM_ADMIN), null,
                caller.id() > 0 ? caller.id() : null);
    }

    /** Whether anyone can administer the platform yet: a fresh production install starts without. */
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @Transactional(readOnly = true)
    public boolean platformAdminExists() {
        return accounts.existsActiveWithRole(Role.PLATFORM_ADMIN);
    }

    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Transactional(readOnly = true)
    public List<PendingInvitation> pendingInvitations() {
        Instant now = clock.instant();
        return invitations.findByOrganizationIdAndAcceptedAtIsNullAndRevokedAtIsNullOrderByCreatedAtDesc(
                        currentUser.require().organizationId()).stream()
                .map(i -> new PendingInvitation(i.getId(), i.getEmail(), i.getDisplayName(), i.getRoles(),
                        i.getExpiresAt(), i.state(now) == Invitation.State.EXPIRED))
                .toList();
    }

    @PreAuthorize("hasRole('ORG_ADMIN')")
    public void revokeInvitation(long invitationId) {
        Invitation invitation = invitations.findById(invitationId)
                .filter(i -> i.getOrganizationId() == currentUser.require().organizationId())
                .orElseThrow(() -> new NotFoundException("No such invitation"));
        invitation.revoke(clock.instant());
    }

    @PreAuthorize("hasRole('ORG_ADMIN')")
    public StaffMember changeRoles(long userId, Set<Role> roles, long expectedVersion) {
        PeerpathUser admin = currentUser.require();
        UserAccount account = sameOrganization(userId);
        checkVersion(account, expectedVersion);
        if (roles.isEmpty()) {
            throw ValidationException.forField("roles", "Choose at least one role.");
        }
        boolean platformAdminChanged = roles.contains(Role.PLATFORM_ADMIN) != account.hasRole(Role.PLATFORM_ADMIN);
        if (platformAdminChanged) {
            throw ValidationException.forField("roles", "The platform admin role is managed by platform administrators.");
        }
        if (account.getId() == admin.id() && !roles.contains(Role.ORG_ADMIN)) {
            throw ValidationException.forField("roles", "You cannot remove your own administrator role. Ask another administrator.");
        }
        if (account.hasRole(Role.ORG_ADMIN) && !roles.contains(Role.ORG_ADMIN)) {
            requireAnotherActiveAdmin(account);
        }
        Set<Role> before = account.getRoles();
        account.replaceRoles(roles);
        if (!roles.contains(Role.TRAINEE)) {
            account.assignSupervisor(null);
        }
        if (!before.equals(account.getRoles())) {
            sessions.end(userId, null);
        }
        SecurityLog.info("roles.changed")
                .with("userId", userId).with("by", admin.id())
                .with("before", before).with("after", roles).log("Roles changed");
        return toMember(accounts.saveAndFlush(account));
    }

    /** Assigns (or with {@code null} removes) a trainee's supervisor. */
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public StaffMember assignSupervisor(long traineeId, Long supervisorId, long expectedVersion) {
        PeerpathUser admin = currentUser.require();
        UserAccount trainee = sameOrganization(traineeId);
        checkVersion(trainee, expectedVersion);
        if (!trainee.hasRole(Role.TRAINEE)) {
            throw ValidationException.forField("supervisor", trainee.getDisplayName() + " is not a trainee, so has no supervisor.");
        }
        if (supervisorId != null) {
            if (supervisorId == traineeId) {
                throw ValidationException.forField("supervisor", "A trainee cannot supervise themselves.");
            }
            requireSupervisor(supervisorId, admin.organizationId());
        }
        trainee.assignSupervisor(supervisorId);
        SecurityLog.info("supervisor.assigned")
                .with("userId", traineeId).with("supervisorId", supervisorId)
                .with("by", admin.id()).log("Supervisor assigned");
        return toMember(accounts.saveAndFlush(trainee));
    }

    /** Deactivated people cannot sign in; their records stay. */
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public StaffMember deactivate(long userId, long expectedVersion) {
        PeerpathUser admin = currentUser.require();
        UserAccount account = sameOrganization(userId);
        checkVersion(account, expectedVersion);
        if (account.getId() == admin.id()) {
            throw new ValidationException("You cannot deactivate your own account.");
        }
        if (account.hasRole(Role.ORG_ADMIN)) {
            requireAnotherActiveAdmin(account);
        }
        account.deactivate(clock.instant());
        int ended = sessions.end(userId, null);
        SecurityLog.info("account.deactivated")
                .with("userId", userId).with("by", admin.id()).with("sessionsEnded", ended).log("Account deactivated");
        return toMember(accounts.saveAndFlush(account));
    }

    @PreAuthorize("hasRole('ORG_ADMIN')")
    public StaffMember reactivate(long userId, long expectedVersion) {
        PeerpathUser admin = currentUser.require();
        UserAccount account = sameOrganization(userId);
        checkVersion(account, expectedVersion);
        account.reactivate();
        SecurityLog.info("account.reactivated")
                .with("userId", userId).with("by", admin.id()).log("Account reactivated");
        return toMember(accounts.saveAndFlush(account));
    }

    private InvitationLink createInvitation(long organizationId, String email, String displayName, Set<Role> roles,
                                            Long supervisorId, Long invitedBy) {
        String normalized = Emails.normalize(email);
        if (!Emails.isPlausible(normalized)) {
            throw ValidationException.forField("email", "Enter an e-mail address like name@example.org.");
        }
        if (displayName == null || displayName.isBlank()) {
            throw ValidationException.forField("displayName", "Enter the person's name as colleagues know it.");
        }
        if (displayName.strip().length() > 120) {
            throw ValidationException.forField("displayName", "Use at most 120 characters for the name.");
        }
        if (roles.isEmpty()) {
            throw ValidationException.forField("roles", "Choose at least one role.");
        }
        if (accounts.existsByEmail(normalized)) {
            throw ValidationException.forField("email", "Someone with this e-mail address already has a Peerpath account.");
        }
        if (supervisorId != null && !roles.contains(Role.TRAINEE)) {
            throw ValidationException.forField("supervisor", "Only trainees get a supervisor.");
        }
        String organizationName = organizations.nameOf(organizationId)
                .orElseThrow(() -> new NotFoundException("No such organization"));
        Instant now = clock.instant();
        String token = SingleUseTokens.newToken();
        Invitation invitation = new Invitation(organizationId, normalized, displayName, roles, supervisorId,
                SingleUseTokens.hash(token), now.plus(INVITATION_VALIDITY), invitedBy, now);
        invitations.save(invitation);
        String url = publicUrl + "/invitation/" + token;
        boolean mailed = mailer.sendInvitation(normalized, displayName.strip(), organizationName, url, invitation.getExpiresAt());
        SecurityLog.info("invitation.created")
                .with("organizationId", organizationId).with("email", normalized)
                .with("roles", roles).with("mailed", mailed).log("Invitation created");
        return new InvitationLink(normalized, url, invitation.getExpiresAt(), mailed);
    }

    /** An organization always keeps an active admin: nobody else could ever repair it. */
    private void requireAnotherActiveAdmin(UserAccount leaving) {
        List<Long> admins = accounts.lockActiveAdminIds(leaving.getOrganizationId());
        if (admins.stream().noneMatch(id -> !id.equals(leaving.getId()))) {
            throw new ValidationException(leaving.getDisplayName()
                    + " is the organization's last active administrator. Make someone else an administrator first.");
        }
    }

    private void requireSupervisor(long supervisorId, long organizationId) {
        UserAccount supervisor = accounts.findById(supervisorId)
                .filter(a -> a.getOrganizationId() == organizationId)
                .orElseThrow(() -> ValidationException.forField("supervisor", "Choose a supervisor from your organization."));
        if (!supervisor.isActive() || !supervisor.hasRole(Role.SUPERVISOR)) {
            throw ValidationException.forField("supervisor", supervisor.getDisplayName() + " is not an active supervisor.");
        }
    }

    private UserAccount sameOrganization(long userId) {
        long organizationId = currentUser.require().organizationId();
        return accounts.findById(userId)
                .filter(a -> a.getOrganizationId() == organizationId)
                .orElseThrow(() -> new NotFoundException("No such staff member"));
    }

    private static void checkVersion(UserAccount account, long expectedVersion) {
        if (account.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException(account.getDisplayName()
                    + " was changed by someone else while you were looking. Reload to see the current details, then try again.");
        }
    }

    private List<StaffMember> toMembers(List<UserAccount> list) {
        Set<Long> supervisorIds = list.stream().map(UserAccount::getSupervisorId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<Long, String> names = supervisorIds.isEmpty() ? Map.of() : accounts.namesOf(supervisorIds).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
        return list.stream().map(a -> toMember(a, names::get)).toList();
    }

    StaffMember toMember(UserAccount a) {
        return toMember(a, id -> accounts.namesOf(List.of(id)).stream().map(row -> (String) row[1]).findFirst().orElse(null));
    }

    private static StaffMember toMember(UserAccount a, Function<Long, String> supervisorName) {
        Long supervisorId = a.getSupervisorId();
        return new StaffMember(a.getId(), a.getOrganizationId(), a.getEmail(), a.getDisplayName(), a.getRoles(),
                supervisorId, supervisorId == null ? null : supervisorName.apply(supervisorId), a.isActive(),
                a.getDeactivatedAt(), a.getVersion());
    }
}
