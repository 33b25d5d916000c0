package org.peerpath.practice;

import java.time.LocalDate;

public record SessionView(long id, long version, long traineeId, String traineeName, String supervisorName,
                          LocalDate date, int minutes, String format, String topics, boolean confirmed) {
}
