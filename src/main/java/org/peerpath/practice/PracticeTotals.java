package org.peerpath.practice;

import org.peerpath.content.Domain;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A trainee's hours per domain and status, supervision hours, and the program's requirements to compare them with.
 * Only signed practice and confirmed supervision count toward the requirement.
 */
public record PracticeTotals(Map<Domain, Map<EntryStatus, BigDecimal>> practice, BigDecimal supervisionConfirmed,
                             BigDecimal supervisionPending, BigDecimal requiredPractice, BigDecimal requiredSupervision) {

    public BigDecimal hours(Domain domain, EntryStatus status) {
        return practice.getOrDefault(domain, Map.of()).getOrDefault(status, BigDecimal.ZERO);
    }

    public BigDecimal total(EntryStatus status) {
        return practice.values().stream().map(m -> m.getOrDefault(status, BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
