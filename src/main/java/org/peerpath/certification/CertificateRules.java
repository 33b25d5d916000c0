package org.peerpath.certification;

import org.peerpath.content.ProgramDefinition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * What may happen next to a person's credential, from plain facts.
 * <ul>
 * <li><b>Issue</b> is for a first certificate, once every initial requirement of the enrolled program version is met.
 * After a revocation a new certificate may be issued on the same terms: revocations also correct mistakes (the wrong
 * person, wrong dates), and re-issuing is an org admin's deliberate, audited decision. The new one is not linked to
 * the revoked one and starts a new term.</li>
 * <li><b>Renew</b> is for the holder's current certificate, with the program's continuing education (and its ethics
 * share) completed after that certificate's issue day. On time (before expiry) the new term continues from the
 * old expiry, so nobody loses time by renewing early; late (on or after expiry) it starts on the renewal day.</li>
 * <li>An expired certificate is never replaced by issuing a new one: that would skip the continuing education.</li>
 * </ul>
 */
public final class CertificateRules {

    private static final DateTimeFormatter DATE = CertificateDates.DAY;

    public enum Action { ISSUE, RENEW }

    /** The next step for a person's credential; {@code reason} says why it is not possible yet (null when it is). */
    public record NextStep(Action action, boolean possible, String reason) {
    }

    private CertificateRules() {
    }

    /**
     * @param latest  the person's newest certificate, null if they never had one
     * @param renewal the continuing education toward renewing {@code latest}, null when it is revoked or absent
     */
    /** Issuing is for a first certificate, or a new one after a revocation, once every requirement is met. */
    public static boolean mayIssue(boolean requirementsMet, boolean hasCertificate, boolean latestRevoked) {
        return requirementsMet && (!hasCertificate || latestRevoked);
    }

    public static NextStep next(boolean requirementsMet, List<String> missing, CertificateView latest, RenewalProgress renewal) {
        if (latest == null || latest.revoked()) {
            String prefix = latest == null ? "Not every requirement is met yet: "
                    : "The certificate was revoked. A new one can be issued once every requirement is met: ";
            return new NextStep(Action.ISSUE, requirementsMet, requirementsMet ? null : prefix + String.join("; ", missing));
        }
        if (renewal.met()) {
            return new NextStep(Action.RENEW, true, null);
        }
        return new NextStep(Action.RENEW, false, "Not yet renewable: " + String.join("; ", renewal.missing())
                + " (approved continuing education completed after " + DATE.format(renewal.countsAfter()) + ")");
    }

    /** Continuing education toward renewing a certificate issued on {@code issuedOn}, as of {@code today}. */
    public static RenewalProgress renewal(LocalDate issuedOn, LocalDate expiresOn, List<OutsideTrainingRecord> training,
                                          ProgramDefinition.Renewal rule, LocalDate today) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal ethics = BigDecimal.ZERO;
        for (OutsideTrainingRecord t : training) {
            // Strictly after the issue day: a renewal's certificate is issued on the renewal day, and continuing
            // education completed that day already counted toward that renewal, so it must not count again for the next.
            if (t.continuingEducation() && "APPROVED".equals(t.status()) && t.completedOn().isAfter(issuedOn)) {
                total = total.add(t.hours());
                if (t.ethics()) {
                    ethics = ethics.add(t.hours());
                }
            }
        }
        boolean late = !today.isBefore(expiresOn);
        return new RenewalProgress(total, rule.continuingEducationHours(), ethics, rule.ethicsHours(), issuedOn, late,
                renewedExpiry(expiresOn, rule.periodMonths(), today));
    }

    /** On time the new term continues from the old expiry; late, it starts on the renewal day. */
    public static LocalDate renewedExpiry(LocalDate previousExpiry, int periodMonths, LocalDate renewalDay) {
        return (renewalDay.isBefore(previousExpiry) ? previousExpiry : renewalDay).plusMonths(periodMonths);
    }

    /** Why {@code issue} is refused for someone who holds or held a certificate that is not revoked. */
    static String whyNotIssue(String name, CertificateView latest, LocalDate today) {
        return today.isBefore(latest.expiresOn()) ? name + " already holds a current certificate."
                : name + "'s certificate expired on " + DATE.format(latest.expiresOn()) + ". Renew it instead: a late renewal "
                + "needs the program's continuing education completed since it was issued.";
    }
}
