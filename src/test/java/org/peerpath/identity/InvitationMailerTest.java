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

/** Invitations go out through a real SMTP server (GreenMail, in-process) when mail is configured. */
class InvitationMailerTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Test
    void mailsTheLinkWhenSmtpIsConfigured() throws Exception {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(smtp.getSmtp().getPort());
        InvitationMailer mailer = mailer(sender, "localhost");

        boolean sent = mailer.send("riley@example.org", "Riley", "Harbor Light Recovery",
                "http://localhost:8080/invitation/abc", Instant.parse("2026-12-01T10:00:00Z"));

        assertThat(sent).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).contains("Harbor Light Recovery");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("riley@example.org");
        assertThat(GreenMailUtil.getBody(received[0])).contains("http://localhost:8080/invitation/abc").contains("1 Dec 2026");
    }

    @Test
    void sendsNothingWithoutSmtp() {
        InvitationMailer mailer = mailer(new JavaMailSenderImpl(), "");

        assertThat(mailer.send("riley@example.org", "Riley", "Org", "http://x/invitation/abc", Instant.now())).isFalse();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    private static InvitationMailer mailer(JavaMailSender sender, String host) {
        var beans = new StaticListableBeanFactory(Map.of("mailSender", sender));
        return new InvitationMailer(beans.getBeanProvider(JavaMailSender.class),
                new MockEnvironment().withProperty("spring.mail.host", host), "Peerpath <no-reply@peerpath.test>");
    }
}
