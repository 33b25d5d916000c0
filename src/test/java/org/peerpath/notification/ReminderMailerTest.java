package org.peerpath.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.peerpath.identity.Contact;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.env.MockEnvironment;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Without SMTP nothing is mailed (the in-app list is the channel); deactivated people get no mail. */
class ReminderMailerTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    static final Reminder REMINDER = new Reminder(1, "k", "Subject", "Body", "certifications");

    @Test
    void sendsNothingWithoutSmtp() {
        assertThat(mailer("").send(new Contact(1, 1, "sam@example.org", "Sam", true), REMINDER)).isFalse();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void sendsNothingToDeactivatedPeople() {
        assertThat(mailer("localhost").send(new Contact(1, 1, "sam@example.org", "Sam", false), REMINDER)).isFalse();
        assertThat(mailer("localhost").send(new Contact(1, 1, "sam@example.org", "Sam", true), REMINDER)).isTrue();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    private static ReminderMailer mailer(String host) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(smtp.getSmtp().getPort());
        var beans = new StaticListableBeanFactory(Map.of("mailSender", sender));
        return new ReminderMailer(beans.getBeanProvider(JavaMailSender.class),
                new MockEnvironment().withProperty("spring.mail.host", host), "Peerpath <no-reply@peerpath.test>",
                "http://localhost:8080/");
    }
}
