package org.peerpath.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.peerpath.common.ui.Notifications;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Shows a freshly created single-use link (an invitation, a password reset) once, ready to copy. */
class OneTimeLinkPanel extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    OneTimeLinkPanel(String label, String email, String url, Instant expiresAt, boolean mailed) {
        addClassName("invitation-link");
        getElement().setAttribute("role", "status");
        TextField link = new TextField(label);
        link.setValue(url);
        link.setReadOnly(true);
        link.setWidthFull();
        link.addClassName("one-time-url");
        // The clipboard is only open to secure pages (HTTPS or localhost): say so rather than fail silently.
        Button copy = new Button("Copy link", e -> e.getSource().getElement()
                .executeJs("return navigator.clipboard ? navigator.clipboard.writeText($0).then(() => true, () => false) : false", url)
                .then(Boolean.class, copied -> {
                    if (Boolean.TRUE.equals(copied)) {
                        Notifications.success("Link copied.");
                    } else {
                        Notifications.error("This browser did not allow copying. Select the link and copy it yourself.");
                    }
                }));
        add(new Paragraph(mailed
                        ? "We e-mailed this link to " + email + ". You can also pass it on yourself."
                        : "E-mail is not configured, so pass this link on to " + email + " yourself."),
                link, copy,
                new Paragraph("It works once and expires on " + WHEN.format(expiresAt) + "."));
    }
}
