package org.peerpath.identity;

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

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Sends invitation and password-reset links when SMTP is configured; otherwise an admin passes the link on. */
@Component
class AccountMailer {

    private static final Logger log = LoggerFactory.getLogger(AccountMailer.class);

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final boolean configured;
    private final String from;

    AccountMailer(ObjectProvider<JavaMailSender> mailSender, Environment environment,
                     @Value("${peerpath.mail.from}") String from) {
        this.mailSender = mailSender;
        this.configured = StringUtils.hasText(environment.getProperty("spring.mail.host"));
        this.from = from;
    }

    boolean isConfigured() {
        return configured && mailSender.getIfAvailable() != null;
    }

    /** @return whether the mail was handed to the SMTP server */
    boolean sendInvitation(String to, String name, String organizationName, String url, Instant expiresAt) {
        return send(to, "You're invited to Peerpath — " + organizationName, "Hello " + name + ",\n\n"
                + organizationName + " has invited you to Peerpath, where you will train and track your "
                + "peer recovery coaching certification.\n\nSet your password here:\n" + url + "\n\n"
                + "The link works once and expires on " + WHEN.format(expiresAt) + ".\n");
    }

    /** @return whether the mail was handed to the SMTP server */
    boolean sendPasswordReset(String to, String name, String url, Instant expiresAt) {
        return send(to, "Reset your Peerpath password", "Hello " + name + ",\n\n"
                + "Someone (hopefully you) asked to reset the password of your Peerpath account. Choose a new one here:\n"
                + url + "\n\nThe link works once and expires on " + WHEN.format(expiresAt) + ". "
                + "If you did not ask for this, ignore this message: your password stays as it is.\n");
    }

    private boolean send(String to, String subject, String text) {
        JavaMailSender sender = configured ? mailSender.getIfAvailable() : null;
        if (sender == null) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            log.warn("Mail '{}' to {} could not be sent: {}", subject, to, e.getMessage());
            return false;
        }
    }
}
