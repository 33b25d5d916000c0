package org.peerpath.organization;

import org.peerpath.common.ValidationException;
import org.peerpath.identity.InvitationLink;
import org.peerpath.identity.StaffService;
import org.peerpath.identity.SystemCaller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * A fresh installation on its own database has nobody who could create the first organization. When
 * {@code peerpath.platform-admin.email} is set and no active platform admin exists, start-up invites that address
 * as platform admin: the link is e-mailed when SMTP is configured and written to the log either way. Once someone
 * has accepted, the setting does nothing.
 */
@Component
class PlatformBootstrap implements ApplicationRunner {

    static final String PLATFORM_ORGANIZATION = "Peerpath Platform";
    private static final Logger log = LoggerFactory.getLogger(PlatformBootstrap.class);

    private final OrganizationService organizations;
    private final StaffService staff;
    private final String email;

    PlatformBootstrap(OrganizationService organizations, StaffService staff,
                      @Value("${peerpath.platform-admin.email:}") String email) {
        this.organizations = organizations;
        this.staff = staff;
        this.email = email;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!StringUtils.hasText(email)) {
            return;
        }
        InvitationLink link;
        try {
            link = SystemCaller.call(() -> {
                if (staff.platformAdminExists()) {
                    return null;
                }
                long platform = organizations.ensureExists(PLATFORM_ORGANIZATION);
                return staff.invitePlatformAdmin(platform, email, "Platform administrator");
            });
        } catch (ValidationException e) {
            log.error("Cannot invite {} as the first platform admin: {}", email, e.getMessage());
            return;
        }
        if (link != null) {
            log.warn("No platform admin yet: {} is invited as platform admin{}. Open this link to set the password "
                            + "(it works once, until {}): {}", link.email(), link.mailed() ? " (link e-mailed)" : "",
                    link.expiresAt(), link.url());
        }
    }
}
