package org.peerpath.learning;

import org.peerpath.content.Domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/** What completing a module credits: its contact hours, split by domain as the module says. */
final class EducationCredits {

    private EducationCredits() {
    }

    /** The domain hours of a completed module, leaving out domains with no hours. */
    static Map<Domain, BigDecimal> forCompletedModule(Map<Domain, BigDecimal> domainHours) {
        Map<Domain, BigDecimal> credits = new EnumMap<>(Domain.class);
        domainHours.forEach((domain, hours) -> {
            if (hours != null && hours.signum() > 0) {
                credits.put(domain, hours);
            }
        });
        return credits;
    }

    /** Totals per domain; every domain is present, zero when nothing was credited. */
    static Map<Domain, BigDecimal> totalByDomain(Collection<EducationCredit> credits) {
        Map<Domain, BigDecimal> totals = new EnumMap<>(Domain.class);
        for (Domain domain : Domain.values()) {
            totals.put(domain, BigDecimal.ZERO);
        }
        credits.forEach(c -> totals.merge(Domain.valueOf(c.getDomain()), c.getHours(), BigDecimal::add));
        return totals;
    }
}
