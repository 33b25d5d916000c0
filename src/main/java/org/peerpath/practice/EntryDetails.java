package org.peerpath.practice;

import org.peerpath.content.Domain;

import java.time.LocalDate;
import java.time.LocalTime;

/** What a trainee types for a practice entry. The note must be de-identified: no one served may be identifiable. */
public record EntryDetails(LocalDate date, LocalTime start, int minutes, Domain domain, Activity activity,
                           Setting setting, String note) {
}
