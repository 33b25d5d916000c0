package org.peerpath.organization;

import org.peerpath.common.ValidationException;
import org.peerpath.identity.CurrentUser;
import org.peerpath.identity.InvitationLink;
import org.peerpath.identity.OrganizationDirectory;
import org.peerpath.identity.StaffService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

@Service
@Transactional
public class OrganizationService implements OrganizationDirectory {

    private final OrganizationRepository organizations;
    private final StaffService staff;
    private final CurrentUser currentUser;
    private final Clock clock;

    OrganizationService(OrganizationRepository organizations, @org.springframework.context.annotation.Lazy StaffService staff,
                        CurrentUser currentUser, Clock clock) {
        this.organizations = organizations;
        this.staff = staff;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @Transactional(readOnly = true)
    public List<OrganizationSummary> all() {
        return organizations.findAllByOrderByName().stream().map(OrganizationService::summary).toList();
    }

    /** Creates an organization and invites its first administrator; both or neither. */
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public NewOrganization create(String name, String adminEmail, String adminName) {
        if (name == null || name.isBlank()) {
            throw ValidationException.forField("name", "Enter the organization's name.");
        }
        if (name.strip().length() > 200) {
            throw ValidationException.forField("name", "Use at most 200 characters.");
        }
        if (organizations.existsByNameIgnoreCase(name.strip())) {
            throw ValidationException.forField("name", "An organization with this name exists already.");
        }
        Organization organization = organizations.saveAndFlush(new Organization(name, clock.instant()));
        InvitationLink link = staff.inviteOrganizationAdmin(organization.getId(), adminEmail, adminName);
        return new NewOrganization(summary(organization), link);
    }

    /** Another administrator for an existing organization, e.g. when its only admin has left. */
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public InvitationLink inviteAdministrator(long organizationId, String email, String displayName) {
        if (organizations.findById(organizationId).isEmpty()) {
            throw new org.peerpath.common.NotFoundException("No such organization");
        }
        return staff.inviteOrganizationAdmin(organizationId, email, displayName);
    }

    /** The caller's own organization. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public OrganizationSummary mine() {
        return organizations.findById(currentUser.require().organizationId()).map(OrganizationService::summary)
                .orElseThrow(() -> new IllegalStateException("Signed-in user has no organization"));
    }

    /** Start-up work (demo data): the id of the organization with this name, creating it if needed. */
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public long ensureExists(String name) {
        return organizations.findByName(name)
                .orElseGet(() -> organizations.save(new Organization(name, clock.instant())))
                .getId();
    }

    /** Names are not secret: an invitation page shows the inviting organization to an anonymous visitor. */
    @Override
    @Transactional(readOnly = true)
    public Optional<String> nameOf(long organizationId) {
        return organizations.findById(organizationId).map(Organization::getName);
    }

    private static OrganizationSummary summary(Organization o) {
        return new OrganizationSummary(o.getId(), o.getName(), o.isActive(), o.getCreatedAt());
    }
}
