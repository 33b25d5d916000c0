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

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Sends invitation links when SMTP is configured; otherwise the admin passes the link on. */
@Component
class InvitationMailer {

    private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final boolean configured;
    private final String from;

    InvitationMailer(ObjectProvider<JavaMailSender> mailSender, Environment environment,
                     @Value("${peerpath.mail.from}") String from) {
        this.mailSender = mailSender;
        this.configured = StringUtils.hasText(environment.getProperty("spring.mail.host"));
        this.from = from;
    }

    /** @return whether the mail was handed to the SMTP server */
    boolean send(String to, String name, String organizationName, String url, java.time.Instant expiresAt) {
        JavaMailSender sender = configured ? mailSender.getIfAvailable() : null;
        if (sender == null) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject("You're invited to Peerpath — " + organizationName);
        message.setText("Hello " + name + ",\n\n"
                + organizationName + " has invited you to Peerpath, where you will train and track your "
                + "peer recovery coaching certification.\n\nSet your password here:\n" + url + "\n\n"
                + "The link works once and expires on "
                + DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(expiresAt)
                + ".\n");
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            log.warn("Invitation mail to {} could not be sent: {}", to, e.getMessage());
            return false;
        }
    }
}
