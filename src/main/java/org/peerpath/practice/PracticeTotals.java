package org.peerpath.practice;

import org.peerpath.content.Domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A trainee's hours per domain and status, supervision hours, and the program's requirements to compare them with.
 * Only signed practice and confirmed supervision count toward the requirement.
 */
public record PracticeTotals(Map<Domain, Map<EntryStatus, BigDecimal>> practice, BigDecimal supervisionConfirmed,
                             BigDecimal supervisionPending, BigDecimal requiredPractice, BigDecimal requiredSupervision) {

    /** Logged minutes of one domain in one status, as the database sums them. */
    record DomainMinutes(Domain domain, EntryStatus status, long minutes) {
    }

    /** One row of the domain × status table; {@code domain} is null in the row of all domains. */
    public record Row(Domain domain, Map<EntryStatus, BigDecimal> hours, BigDecimal logged) {

        public BigDecimal hours(EntryStatus status) {
            return hours.getOrDefault(status, BigDecimal.ZERO);
        }
    }

    /**
     * Sums minutes before converting, so quarter hours add up exactly. Declined sessions count nowhere: the
     * supervisor said they did not hold them.
     */
    static PracticeTotals compute(List<DomainMinutes> practiceMinutes, List<SessionView> sessions,
                                  BigDecimal requiredPractice, BigDecimal requiredSupervision) {
        Map<Domain, Map<EntryStatus, Long>> minutes = new EnumMap<>(Domain.class);
        for (DomainMinutes m : practiceMinutes) {
            minutes.computeIfAbsent(m.domain(), d -> new EnumMap<>(EntryStatus.class)).merge(m.status(), m.minutes(), Long::sum);
        }
        Map<Domain, Map<EntryStatus, BigDecimal>> practice = new EnumMap<>(Domain.class);
        minutes.forEach((domain, byStatus) -> {
            Map<EntryStatus, BigDecimal> hours = new EnumMap<>(EntryStatus.class);
            byStatus.forEach((status, sum) -> hours.put(status, PracticeEvidenceQueries.hours(sum)));
            practice.put(domain, hours);
        });
        long confirmed = sessions.stream().filter(s -> s.status() == SessionStatus.CONFIRMED).mapToLong(SessionView::minutes).sum();
        long pending = sessions.stream().filter(s -> s.status() == SessionStatus.WAITING).mapToLong(SessionView::minutes).sum();
        return new PracticeTotals(practice, PracticeEvidenceQueries.hours(confirmed), PracticeEvidenceQueries.hours(pending),
                requiredPractice, requiredSupervision);
    }

    public BigDecimal hours(Domain domain, EntryStatus status) {
        return practice.getOrDefault(domain, Map.of()).getOrDefault(status, BigDecimal.ZERO);
    }

    public BigDecimal total(EntryStatus status) {
        return practice.values().stream().map(m -> m.getOrDefault(status, BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Every domain in the program's order, also those without hours, then the row of all domains. */
    public List<Row> byDomainAndStatus() {
        return Stream.concat(Arrays.stream(Domain.values()).map(d -> row(d, practice.getOrDefault(d, Map.of()))),
                Stream.of(row(null, totals()))).toList();
    }

    private Map<EntryStatus, BigDecimal> totals() {
        Map<EntryStatus, BigDecimal> all = new EnumMap<>(EntryStatus.class);
        for (EntryStatus status : EntryStatus.values()) {
            all.put(status, total(status));
        }
        return all;
    }

    private static Row row(Domain domain, Map<EntryStatus, BigDecimal> hours) {
        return new Row(domain, Map.copyOf(hours), hours.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
