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

    /** Meant to be e-mailed, not e-mailed yet, tries left, and the last try long enough ago. */
    @Query("""
            select n from Notification n where n.emailedAt is null and n.emailAttempts >= 1 and n.emailAttempts < :maxAttempts
            and n.emailAttemptedAt < :triedBefore order by n.emailAttemptedAt""")
    List<Notification> findMailToRetry(int maxAttempts, Instant triedBefore, Limit limit);

    /** Takes the next try for this caller: 1 when it won it, 0 when another round did (or it was e-mailed meanwhile). */
    @Modifying
    @Query("""
            update Notification n set n.emailAttempts = n.emailAttempts + 1, n.emailAttemptedAt = :now
            where n.id = :id and n.emailedAt is null and n.emailAttempts = :attemptsSeen""")
    int claimMailAttempt(long id, int attemptsSeen, Instant now);

    @Modifying
    @Query("update Notification n set n.emailedAt = :at where n.id = :id")
    int markEmailed(long id, Instant at);
}
