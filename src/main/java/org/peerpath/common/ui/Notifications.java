package org.peerpath.common.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** Consistent, accessible notifications: errors stay until closed, successes fade. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String message) {
        Notification n = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        n.setAssertive(false);
    }

    public static void error(String message) {
        Notification n = new Notification();
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setPosition(Notification.Position.MIDDLE);
        n.setAssertive(true);
        Button close = new Button("Close", e -> n.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.getElement().getStyle().set("color", "inherit");
        HorizontalLayout layout = new HorizontalLayout(new Span(message), close);
        layout.setAlignItems(HorizontalLayout.Alignment.CENTER);
        n.add(layout);
        n.open();
    }
}
