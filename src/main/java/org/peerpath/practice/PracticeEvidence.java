package org.peerpath.practice;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What other features (certification, the organization dashboard, reminders) may ask about
 * practice records. Only signed entries and confirmed supervision sessions count as evidence;
 * drafts, pending and rejected entries never do.
 *
 * <p>Callers check who may see whose evidence; these queries are for trusted feature code,
 * never for views directly.
 */
public interface PracticeEvidence {

    /** Signed practice hours per domain and confirmed supervision hours of one trainee. */
    SignedHours signedHours(long traineeId);

    /** The same for many trainees in one query (for dashboard pages); trainees without hours are absent. */
    Map<Long, SignedHours> signedHours(Collection<Long> traineeIds);

    /** Signed practice hours per month of the practice date, over an organization's staff. */
    Map<YearMonth, java.math.BigDecimal> signedHoursPerMonth(long organizationId, YearMonth from, YearMonth to);

    /** Signed practice hours of one trainee with a practice date on or after {@code from} (for the pace). */
    java.math.BigDecimal signedPracticeHoursSince(long traineeId, java.time.LocalDate from);

    /** Entries submitted before {@code submittedBefore} and still waiting for their supervisor. */
    List<PendingSignOff> pendingSignOffs(Instant submittedBefore);
}
