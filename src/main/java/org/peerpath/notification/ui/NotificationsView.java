package org.peerpath.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.peerpath.notification.NotificationItem;
import org.peerpath.notification.NotificationService;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Reminders and other notices for the signed-in person; the same ones are e-mailed when SMTP is set up. */
@Route("notifications")
@PageTitle("Notifications | Peerpath")
@Menu(title = "Notifications", order = 90, icon = "vaadin:bell")
@PermitAll
public class NotificationsView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.of("UTC"));

    private final NotificationService notifications;
    private final UnorderedList list = new UnorderedList();

    public NotificationsView(NotificationService notifications) {
        this.notifications = notifications;
        addClassName("notifications-view");
        Button markAll = new Button("Mark all as read", e -> {
            notifications.markAllRead();
            refresh();
        });
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        list.addClassName("notification-list");
        add(new H2("Notifications"), markAll, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var items = notifications.mine();
        if (items.isEmpty()) {
            list.add(new ListItem(new Paragraph("Nothing yet. Reminders about expiring certificates and entries "
                    + "waiting for sign-off appear here.")));
        }
        items.forEach(item -> list.add(render(item)));
    }

    private ListItem render(NotificationItem item) {
        Span subject = new Span(item.subject());
        subject.addClassName("notification-subject");
        Span when = new Span(WHEN.format(item.createdAt()) + " UTC" + (item.emailed() ? " · e-mailed" : ""));
        when.addClassName("notification-meta");
        Div body = new Div(new Paragraph(item.body()));
        ListItem li = new ListItem(subject, when, body);
        li.addClassName(item.read() ? "notification-read" : "notification-unread");
        if (item.link() != null) {
            body.add(new Anchor(item.link(), "Open"));
        }
        if (!item.read()) {
            Span unread = new Span("Unread");
            unread.addClassName("badge");
            Button markRead = new Button("Mark as read", e -> {
                notifications.markRead(item.id());
                refresh();
            });
            markRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            markRead.setAriaLabel("Mark as read: " + item.subject());
            li.addComponentAsFirst(unread);
            li.add(markRead);
        }
        return li;
    }
}
