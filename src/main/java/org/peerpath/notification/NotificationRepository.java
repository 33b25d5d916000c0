package org.peerpath.notification;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByRecipientIdOrderByCreatedAtDesc(long recipientId, Limit limit);

    long countByRecipientIdAndReadAtIsNull(long recipientId);

    boolean existsByRecipientIdAndReminderKey(long recipientId, String reminderKey);

    @Modifying
    @Query("update Notification n set n.readAt = :now where n.recipientId = :recipientId and n.readAt is null")
    int markAllRead(long recipientId, Instant now);
}
