package org.peerpath.practice;

import java.time.Instant;

/** One event in a practice entry's history, with the values before and after as JSON. */
public record HistoryLine(Instant at, String actor, String action, String detail, String before, String after) {
}
