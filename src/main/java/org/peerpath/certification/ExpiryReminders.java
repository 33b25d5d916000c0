package org.peerpath.certification;

import org.peerpath.identity.Contact;
import org.peerpath.identity.Contacts;
import org.peerpath.notification.Reminder;
import org.peerpath.notification.ReminderSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Before a certificate expires (by default 90, 30 and 7 days before), its holder and their organization's admins
 * are reminded, once per certificate and threshold. A renewed certificate is followed by its successor, whose own
 * expiry is the one that matters, so it is not reminded about.
 */
@Component
class ExpiryReminders implements ReminderSource {

    private static final DateTimeFormatter DATE = CertificateDates.DAY;

    private final CertificateRepository certificates;
    private final Contacts contacts;
    private final List<Integer> daysBefore;
    private final ZoneId zone;

    ExpiryReminders(CertificateRepository certificates, Contacts contacts, Clock clock,
                    @Value("${peerpath.reminders.expiry-days:90,30,7}") String daysBefore) {
        this.zone = clock.getZone();
        this.certificates = certificates;
        this.contacts = contacts;
        this.daysBefore = Arrays.stream(daysBefore.split(",")).map(String::strip).map(Integer::valueOf).sorted().toList();
    }

    @Override
    public List<Reminder> due(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        int furthest = daysBefore.getLast();
        List<Reminder> due = new ArrayList<>();
        for (Certificate certificate : certificates.findCurrentExpiringBetween(today.plusDays(1), today.plusDays(furthest))) {
            long left = ChronoUnit.DAYS.between(today, certificate.getExpiresOn());
            // The nearest threshold already reached; earlier ones were sent on their day (or are skipped if the job was down).
            int threshold = daysBefore.stream().filter(d -> left <= d).findFirst().orElseThrow();
            String key = "expiry-" + threshold + ":certificate-" + certificate.getId();
            String when = DATE.format(certificate.getExpiresOn());
            due.add(new Reminder(certificate.getTraineeId(), key, "Your certificate expires in " + left + " days",
                    "Your " + certificate.getProgramTitle() + " certificate expires on " + when + ". Log your continuing "
                            + "education in Peerpath and ask your organization to renew it.", "certifications"));
            for (Contact admin : contacts.organizationAdmins(certificate.getOrganizationId())) {
                due.add(new Reminder(admin.id(), key, certificate.getHolderName() + "'s certificate expires in " + left + " days",
                        certificate.getHolderName() + "'s certificate expires on " + when + ".", "org/certifications"));
            }
        }
        return due;
    }
}
