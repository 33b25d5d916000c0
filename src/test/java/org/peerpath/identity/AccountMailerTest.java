package org.peerpath.identity;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.env.MockEnvironment;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Invitations and password resets go out through a real SMTP server (GreenMail, in-process) when mail is configured. */
class AccountMailerTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Test
    void mailsTheLinkWhenSmtpIsConfigured() throws Exception {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(smtp.getSmtp().getPort());
        AccountMailer mailer = mailer(sender, "localhost");

        boolean sent = mailer.sendInvitation("riley@example.org", "Riley", "Harbor Light Recovery",
                "http://localhost:8080/invitation/abc", Instant.parse("2026-12-01T10:00:00Z"));

        assertThat(sent).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).contains("Harbor Light Recovery");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("riley@example.org");
        assertThat(GreenMailUtil.getBody(received[0])).contains("http://localhost:8080/invitation/abc").contains("1 Dec 2026");
    }

    @Test
    void mailsAPasswordResetLink() throws Exception {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(smtp.getSmtp().getPort());

        assertThat(mailer(sender, "localhost").sendPasswordReset("riley@example.org", "Riley",
                "http://localhost:8080/reset-password/xyz", Instant.parse("2026-12-01T10:00:00Z"))).isTrue();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).contains("Reset your Peerpath password");
        assertThat(GreenMailUtil.getBody(received[0])).contains("http://localhost:8080/reset-password/xyz").contains("ignore this message");
    }

    @Test
    void sendsNothingWithoutSmtp() {
        AccountMailer mailer = mailer(new JavaMailSenderImpl(), "");

        assertThat(mailer.sendInvitation("riley@example.org", "Riley", "Org", "http://x/invitation/abc", Instant.now())).isFalse();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    private static AccountMailer mailer(JavaMailSender sender, String host) {
        var beans = new StaticListableBeanFactory(Map.of("mailSender", sender));
        return new AccountMailer(beans.getBeanProvider(JavaMailSender.class),
                new MockEnvironment().withProperty("spring.mail.host", host), "Peerpath <no-reply@peerpath.test>");
    }
}
