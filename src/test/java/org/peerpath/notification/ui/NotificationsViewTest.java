package org.peerpath.notification.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.peerpath.identity.CurrentUser;
import org.peerpath.identity.Role;
import org.peerpath.notification.NotificationService;
import org.peerpath.testsupport.IntegrationTest;
import org.peerpath.testsupport.SignedInAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class NotificationsViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    NotificationService notifications;

    @Test
    @SignedInAs(Role.SUPERVISOR)
    void listsMyRemindersNewestFirst_andMarksThemRead() {
        long me = currentUser.require().id();
        insert(me, "sign-off:a", "2 entries wait for your sign-off", "2026-11-20 08:00:00");
        insert(me, "sign-off:b", "5 entries wait for your sign-off", "2026-11-22 08:00:00");

        navigate(NotificationsView.class);

        assertThat($(Span.class).withClassName("notification-subject").all()).extracting(Span::getText)
                .containsExactly("5 entries wait for your sign-off", "2 entries wait for your sign-off");
        test($(Button.class).withText("Mark as read").first()).click();
        assertThat(notifications.unreadCount()).isEqualTo(1);

        test($(Button.class).withText("Mark all as read").single()).click();
        assertThat(notifications.unreadCount()).isZero();
        assertThat($(Button.class).withText("Mark as read").all()).isEmpty();
    }

    private void insert(long recipient, String key, String subject, String at) {
        jdbc.update("insert into notification (recipient_id, reminder_key, subject, body, created_at) values (?, ?, ?, ?, ?)",
                recipient, key, subject, "Please review them.", at);
    }
}
