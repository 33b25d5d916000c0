package org.peerpath.practice;

import org.peerpath.content.Domain;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Aggregates over signed entries and confirmed sessions, each one grouped query on an index. */
@Component
@Transactional(readOnly = true)
class PracticeEvidenceQueries implements PracticeEvidence {

    private final PracticeEntryRepository entries;
    private final SupervisionSessionRepository sessions;

    PracticeEvidenceQueries(PracticeEntryRepository entries, SupervisionSessionRepository sessions) {
        this.entries = entries;
        this.sessions = sessions;
    }

    @Override
    public SignedHours signedHours(long traineeId) {
        return signedHours(Set.of(traineeId)).getOrDefault(traineeId, SignedHours.NONE);
    }

    @Override
    public Map<Long, SignedHours> signedHours(Collection<Long> traineeIds) {
        if (traineeIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<Domain, BigDecimal>> practice = new HashMap<>();
        for (Object[] row : entries.signedMinutes(traineeIds)) {
            practice.computeIfAbsent((Long) row[0], k -> new EnumMap<>(Domain.class)).put((Domain) row[1], hours(row[2]));
        }
        Map<Long, BigDecimal> supervision = new HashMap<>();
        for (Object[] row : sessions.confirmedMinutes(traineeIds)) {
            supervision.put((Long) row[0], hours(row[1]));
        }
        Map<Long, SignedHours> result = new HashMap<>();
        for (Long trainee : traineeIds) {
            if (practice.containsKey(trainee) || supervision.containsKey(trainee)) {
                result.put(trainee, new SignedHours(practice.getOrDefault(trainee, Map.of()),
                        supervision.getOrDefault(trainee, BigDecimal.ZERO)));
            }
        }
        return result;
    }

    @Override
    public Map<YearMonth, BigDecimal> signedHoursPerMonth(long organizationId, YearMonth from, YearMonth to) {
        Map<YearMonth, BigDecimal> perMonth = new TreeMap<>();
        for (Object[] row : entries.signedMinutesPerMonth(organizationId, from.atDay(1), to.atEndOfMonth())) {
            perMonth.put(YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()), hours(row[2]));
        }
        return perMonth;
    }

    @Override
    public BigDecimal signedPracticeHoursSince(long traineeId, java.time.LocalDate from) {
        Long minutes = entries.signedMinutesSince(traineeId, from);
        return hours(minutes == null ? 0L : minutes);
    }

    @Override
    public List<PendingSignOff> pendingSignOffs(Instant submittedBefore) {
        return entries.waitingForSignOff(submittedBefore).stream()
                .map(row -> new PendingSignOff((Long) row[0], ((Number) row[1]).intValue(), (Instant) row[2]))
                .toList();
    }

    static BigDecimal hours(Object minutes) {
        return BigDecimal.valueOf(((Number) minutes).longValue()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }
}
