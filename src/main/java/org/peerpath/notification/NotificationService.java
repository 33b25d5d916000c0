package org.peerpath.notification;

import org.peerpath.common.NotFoundException;
import org.peerpath.identity.CurrentUser;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/** A person's own notifications. Nobody reads or marks anyone else's. */
@Service
@Transactional
public class NotificationService {

    private static final int SHOWN = 200;

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, CurrentUser currentUser, Clock clock) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The newest notifications first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<NotificationItem> mine() {
        return notifications.findByRecipientIdOrderByCreatedAtDesc(currentUser.require().id(), Limit.of(SHOWN))
                .stream().map(Notification::toItem).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByRecipientIdAndReadAtIsNull(currentUser.require().id());
    }

    @PreAuthorize("isAuthenticated()")
    public void markRead(long notificationId) {
        Notification notification = notifications.findById(notificationId)
                .filter(n -> n.getRecipientId() == currentUser.require().id())
                .orElseThrow(() -> new NotFoundException("No such notification"));
        notification.read(clock.instant());
    }

    @PreAuthorize("isAuthenticated()")
    public void markAllRead() {
        notifications.markAllRead(currentUser.require().id(), clock.instant());
    }
}
