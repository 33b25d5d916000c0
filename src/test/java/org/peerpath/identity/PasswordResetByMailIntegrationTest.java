package org.peerpath.identity;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.peerpath.testsupport.Fixtures;
import org.peerpath.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.TestPropertySource;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** With SMTP configured (GreenMail, a real SMTP server in-process) people reset a forgotten password themselves. */
@IntegrationTest
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=3025"})
class PasswordResetByMailIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    PasswordResetService resets;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLinkArrivesByMail_andWorks() throws Exception {
        String trainee = fixtures.account(fixtures.organization(), Role.TRAINEE);
        assertThat(resets.selfServiceAvailable()).isTrue();

        resets.requestByEmail(" " + trainee.toUpperCase() + " ");

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(trainee);
        Matcher link = Pattern.compile("/reset-password/([A-Za-z0-9_-]+)").matcher(GreenMailUtil.getBody(received[0]));
        assertThat(link.find()).isTrue();
        resets.reset(link.group(1), "a fresh long passphrase");
        assertThat(authenticationManager.authenticate(UsernamePasswordAuthenticationToken
                .unauthenticated(trainee, "a fresh long passphrase")).isAuthenticated()).isTrue();
    }

    @Test
    void unknownAddressesGetNothing_andOnePersonGetsAtMostThreeLinksAnHour() {
        String trainee = fixtures.account(fixtures.organization(), Role.TRAINEE);

        resets.requestByEmail("nobody-here@example.org");
        assertThat(smtp.getReceivedMessages()).isEmpty();

        for (int i = 0; i < 5; i++) {
            resets.requestByEmail(trainee);
        }
        assertThat(smtp.getReceivedMessages()).hasSize(PasswordResetService.SELF_SERVICE_PER_HOUR);
    }
}
