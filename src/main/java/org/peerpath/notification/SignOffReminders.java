package org.peerpath.notification;

import org.peerpath.identity.Contacts;
import org.peerpath.identity.StaffMember;
import org.peerpath.practice.PendingSignOff;
import org.peerpath.practice.PracticeEvidence;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Tells supervisors about entries that have waited for their sign-off longer than the configured time: one
 * reminder per trainee and backlog (a new one only once that backlog's oldest entry has been dealt with). The
 * reminder goes to the trainee's supervisor now, who is the one whose queue holds the entries after a
 * reassignment; a trainee without a supervisor has nobody to remind.
 */
@Component
class SignOffReminders implements ReminderSource {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneOffset.UTC);

    private final PracticeEvidence practice;
    private final Contacts contacts;
    private final Duration after;

    SignOffReminders(PracticeEvidence practice, Contacts contacts,
                     @Value("${peerpath.reminders.sign-off-after-days:7}") int afterDays) {
        this.practice = practice;
        this.contacts = contacts;
        this.after = Duration.ofDays(afterDays);
    }

    @Override
    public List<Reminder> due(Instant now) {
        return practice.pendingSignOffs(now.minus(after)).stream()
                .flatMap(pending -> contacts.staffMember(pending.traineeId())
                        .filter(trainee -> trainee.active() && trainee.supervisorId() != null)
                        .map(trainee -> reminder(pending, trainee)).stream())
                .toList();
    }

    private Reminder reminder(PendingSignOff pending, StaffMember traineeRecord) {
        String trainee = traineeRecord.displayName();
        String entries = pending.entries() == 1 ? "1 entry" : pending.entries() + " entries";
        return new Reminder(traineeRecord.supervisorId(),
                "sign-off:" + pending.traineeId() + ":" + pending.oldestSubmittedAt().toEpochMilli(),
                entries + " from " + trainee + " wait for your sign-off",
                trainee + " submitted practice hours that have waited more than " + after.toDays()
                        + " days, the oldest since " + DAY.format(pending.oldestSubmittedAt())
                        + ". Trainees need signed hours for their certification.", "review");
    }
}
