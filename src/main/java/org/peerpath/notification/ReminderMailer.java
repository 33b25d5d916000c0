package org.peerpath.notification;

import org.peerpath.identity.Contact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** E-mails a reminder when SMTP is configured; without SMTP the in-app list is the only channel. */
@Component
class ReminderMailer {

    private static final Logger log = LoggerFactory.getLogger(ReminderMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final boolean configured;
    private final String from;
    private final String publicUrl;

    ReminderMailer(ObjectProvider<JavaMailSender> mailSender, Environment environment,
                   @Value("${peerpath.mail.from}") String from, @Value("${peerpath.public-url}") String publicUrl) {
        this.mailSender = mailSender;
        this.configured = StringUtils.hasText(environment.getProperty("spring.mail.host"));
        this.from = from;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Whether {@code to} is to be e-mailed at all: SMTP is set up and the person is active. */
    boolean mails(Contact to) {
        return configured && to.active() && mailSender.getIfAvailable() != null;
    }

    /** @return whether the SMTP server accepted the mail */
    boolean send(Contact to, Reminder reminder) {
        JavaMailSender sender = configured ? mailSender.getIfAvailable() : null;
        if (sender == null || !to.active()) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to.email());
        message.setSubject(reminder.subject());
        StringBuilder text = new StringBuilder("Hello ").append(to.displayName()).append(",\n\n").append(reminder.body());
        if (reminder.link() != null) {
            text.append("\n\n").append(publicUrl).append('/').append(reminder.link());
        }
        text.append("\n\n— Peerpath\n");
        message.setText(text.toString());
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            log.warn("Reminder '{}' to account {} could not be e-mailed: {}", reminder.key(), to.id(), e.getMessage());
            return false;
        }
    }
}
