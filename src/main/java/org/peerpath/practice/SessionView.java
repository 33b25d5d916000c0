package org.peerpath.practice;

import java.time.LocalDate;

/** A supervision session as people see it; {@code declineComment} is the supervisor's reason when declined. */
public record SessionView(long id, long version, long traineeId, String traineeName, long supervisorId, String supervisorName,
                          LocalDate date, int minutes, boolean group, String topics, SessionStatus status,
                          String declineComment) {

    public boolean confirmed() {
        return status == SessionStatus.CONFIRMED;
    }

    /** Confirmed sessions are part of the record; the others the trainee may still correct or delete. */
    public boolean editable() {
        return status != SessionStatus.CONFIRMED;
    }

    public String format() {
        return group ? "Group" : "Individual";
    }

    public SessionDetails details() {
        return new SessionDetails(date, minutes, group, supervisorId, topics);
    }
}
