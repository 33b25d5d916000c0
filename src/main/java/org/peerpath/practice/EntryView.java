package org.peerpath.practice;

import org.peerpath.content.Domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A practice entry as people see it; {@code signedBy}, {@code signedAt} and {@code signatureHash} (the SHA-256 the
 * supervisor signed) describe the current signature, if any.
 */
public record EntryView(long id, long version, long traineeId, String traineeName, LocalDate date, LocalTime start,
                        int minutes, Domain domain, Activity activity, Setting setting, String note, EntryStatus status,
                        Instant submittedAt, String reviewComment, String signedBy, Instant signedAt, String signatureHash) {

    public boolean locked() {
        return status == EntryStatus.APPROVED || status == EntryStatus.SUBMITTED;
    }

    public EntryDetails details() {
        return new EntryDetails(date, start, minutes, domain, activity, setting, note);
    }
}
