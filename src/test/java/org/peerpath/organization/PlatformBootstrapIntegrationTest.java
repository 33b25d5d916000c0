package org.peerpath.organization;

import org.junit.jupiter.api.Test;
import org.peerpath.identity.InvitationService;
import org.peerpath.identity.StaffService;
import org.peerpath.identity.SystemCaller;
import org.peerpath.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A production install with its own database and no demo data still gets its first platform admin. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PlatformBootstrapIntegrationTest {

    @Autowired
    OrganizationService organizations;
    @Autowired
    StaffService staff;
    @Autowired
    InvitationService invitations;
    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theConfiguredAddressIsInvitedOnce_andCanRunThePlatform(CapturedOutput output) {
        PlatformBootstrap bootstrap = new PlatformBootstrap(organizations, staff, "First.Admin@example.org");
        assertThat(SystemCaller.call(staff::platformAdminExists)).isFalse();

        bootstrap.run(new DefaultApplicationArguments());

        Matcher link = Pattern.compile("/invitation/([A-Za-z0-9_-]+)").matcher(output.getAll());
        assertThat(link.find()).as("the link is in the log").isTrue();
        invitations.accept(link.group(1), "Alex Chen", "lantern river stone");
        var signedIn = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("first.admin@example.org", "lantern river stone"));
        assertThat(signedIn.getAuthorities()).extracting(Object::toString).contains("ROLE_PLATFORM_ADMIN");

        int invitationsBefore = jdbc.queryForObject("select count(*) from invitation", Integer.class);
        bootstrap.run(new DefaultApplicationArguments());
        assertThat(jdbc.queryForObject("select count(*) from invitation", Integer.class))
                .as("once a platform admin exists, start-up invites nobody").isEqualTo(invitationsBefore);
    }

    @Test
    void withoutTheSettingNothingHappens() {
        new PlatformBootstrap(organizations, staff, "").run(new DefaultApplicationArguments());
        assertThat(jdbc.queryForObject("select count(*) from invitation", Integer.class)).isZero();
    }
}
