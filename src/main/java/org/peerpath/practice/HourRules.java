package org.peerpath.practice;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What makes a practice entry acceptable, checked before it is saved: a date that is not in the future, a
 * positive duration in quarter hours, no more than 24 hours logged on one day, and no overlap with the trainee's
 * other entries of that day. Returned entries do not count: the trainee is expected to correct them.
 */
public final class HourRules {

    public static final int MAX_MINUTES_PER_DAY = 24 * 60;

    private HourRules() {
    }

    /** Another entry of the same trainee on the same date. */
    public record Slot(long id, LocalTime start, int minutes) {
        LocalTime end() {
            return start.plusMinutes(minutes);
        }
    }

    /** Field → message; empty when the entry is acceptable. */
    public static Map<String, String> check(LocalDate date, LocalTime start, int minutes, LocalDate today, List<Slot> sameDay) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (date == null) {
            problems.put("date", "Enter the date of the practice.");
        } else if (date.isAfter(today)) {
            problems.put("date", "The date cannot be in the future.");
        }
        if (start == null) {
            problems.put("start", "Enter the start time.");
        }
        if (minutes <= 0) {
            problems.put("minutes", "The duration must be more than zero.");
        } else if (minutes % 15 != 0) {
            problems.put("minutes", "Log time in quarter hours (15, 30, 45 minutes…).");
        } else if (start != null && startMinute(start) + minutes > MAX_MINUTES_PER_DAY) {
            // Counted in minutes of the day, not with LocalTime, which wraps: 12:00 plus 24 hours is 12:00 again.
            problems.put("minutes", "An entry must end by midnight of the day it starts (this one would end at "
                    + start.plusMinutes(minutes) + " the next day). Log the time after midnight as an entry on the next day.");
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        int logged = sameDay.stream().mapToInt(Slot::minutes).sum();
        if (logged + minutes > MAX_MINUTES_PER_DAY) {
            problems.put("minutes", "That would make more than 24 hours on " + date + " (" + hours(logged) + " already logged).");
            return problems;
        }
        int startMinute = startMinute(start);
        int endMinute = startMinute + minutes;
        for (Slot other : sameDay) {
            int otherStart = startMinute(other.start());
            int otherEnd = otherStart + other.minutes();
            if (startMinute < otherEnd && otherStart < endMinute) {
                problems.put("start", "This overlaps your entry from " + other.start() + " to " + other.end() + " that day.");
                break;
            }
        }
        return problems;
    }

    private static int startMinute(LocalTime time) {
        return time.toSecondOfDay() / 60;
    }

    static String hours(int minutes) {
        return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }
}
